import { describeValue } from './fault.ts'

/** A file's bytes as text, or why they are not UTF-8. */
export type Decoded =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }

// Fatal: a byte that is not UTF-8 is refused, never read as U+FFFD (a Latin-1 "é" would become
// "\ufffd" in every name, and validate would call it valid). A BOM is kept, as `parseJson` skips it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Season and result files are UTF-8 (docs/data-format.md#a-season-is-a-folder): anything else
 * is refused with the file, the byte offset (counting from 0), its line, and what the byte
 * would be in Latin-1, so that a person can find it and save the file as UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array, location: string): Decoded {
  try {
    return { ok: true, text: decoder.decode(bytes) }
  } catch {
    return { ok: false, message: notUtf8(bytes, location) }
  }
}

function notUtf8(bytes: Uint8Array, location: string): string {
  const save = 'save it as UTF-8'
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return `${location} is not UTF-8: it is UTF-16 (it starts with a UTF-16 byte-order mark): ${save}`
  const at = firstInvalidByte(bytes)
  const byte = bytes[at] ?? 0
  let line = 1
  for (let i = 0; i < at; i += 1) if (bytes[i] === 0x0a) line += 1
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
  const latin1 = byte >= 0xa0 ? `, ${describeValue(String.fromCharCode(byte))} in Latin-1` : ''
  return `${location} is not UTF-8: byte ${at} (line ${line}) is ${hex}${latin1}: ${save}`
}

/**
 * Where the bytes stop being UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates,
 * nothing past U+10FFFF): the offset of the first byte of the first bad sequence.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  const cont = (at: number, low = 0x80, high = 0xbf) => {
    const b = bytes[at]
    return b !== undefined && b >= low && b <= high
  }
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    let length = 0
    if (b < 0x80) length = 1
    else if (b >= 0xc2 && b <= 0xdf) length = cont(i + 1) ? 2 : 0
    else if (b >= 0xe0 && b <= 0xef) {
      const low = b === 0xe0 ? 0xa0 : 0x80
      const high = b === 0xed ? 0x9f : 0xbf
      length = cont(i + 1, low, high) && cont(i + 2) ? 3 : 0
    } else if (b >= 0xf0 && b <= 0xf4) {
      const low = b === 0xf0 ? 0x90 : 0x80
      const high = b === 0xf4 ? 0x8f : 0xbf
      length = cont(i + 1, low, high) && cont(i + 2) && cont(i + 3) ? 4 : 0
    }
    if (length === 0) return i
    i += length
  }
  return bytes.length
}
