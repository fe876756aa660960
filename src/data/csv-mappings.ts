import { z } from 'zod/mini'

/**
 * The column mapping of generic CSV imports, remembered per series in this browser
 * (docs/importing.md#generic-csv), so the next file from the same source maps itself.
 */
/** Column name by field: stored as any mapping of text to text, read by the importer. */
type StoredMapping = Readonly<Record<string, string>>

const key = (series: string) => `pitboard-csv-mapping:${series}`
const mappingSchema = z.record(z.string(), z.string())

export function readCsvMapping(series: string): StoredMapping | null {
  try {
    const text = window.localStorage.getItem(key(series))
    if (text === null) return null
    const parsed = z.safeParse(mappingSchema, JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function saveCsvMapping(series: string, mapping: StoredMapping): void {
  try {
    window.localStorage.setItem(key(series), JSON.stringify(mapping))
  } catch {
    // Storage may be full or disabled: the mapping then lasts for this import only.
  }
}
