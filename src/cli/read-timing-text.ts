import { readFileSync } from 'node:fs'

/**
 * A timing file's text, whatever its encoding (docs/importing.md): UTF-8 with or without a BOM,
 * UTF-16 (little or big endian, by its BOM), else Latin-1 (Windows exports), said in a warning.
 * Null with a reason when the file cannot be read.
 */
export function readTimingText(
  path: string,
): { readonly text: string; readonly warning: string | null } | { readonly error: string } {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    return { error: `cannot read ${path}` }
  }
  const [a, b] = [bytes[0], bytes[1]]
  if (a === 0xff && b === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: null }
  if (a === 0xfe && b === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: null }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text: text.replace(/^\uFEFF/, ''), warning: null }
  } catch {
    return {
      text: new TextDecoder('latin1').decode(bytes),
      warning: `${path} is not UTF-8: read as Latin-1 (Windows-1252); check accented names`,
    }
  }
}
