import { z } from 'zod/mini'
import type { CsvMapping } from '../import/generic-csv.ts'

/**
 * The column mapping of generic CSV imports, remembered per series in this browser
 * (docs/importing.md#generic-csv), so the next file from the same source maps itself.
 */
const key = (series: string) => `pitboard-csv-mapping:${series}`
const mappingSchema = z.record(z.string(), z.string())

export function readCsvMapping(series: string): CsvMapping | null {
  try {
    const text = window.localStorage.getItem(key(series))
    if (text === null) return null
    const parsed = z.safeParse(mappingSchema, JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function saveCsvMapping(series: string, mapping: CsvMapping): void {
  try {
    window.localStorage.setItem(key(series), JSON.stringify(mapping))
  } catch {
    // Storage may be full or disabled: the mapping then lasts for this import only.
  }
}
