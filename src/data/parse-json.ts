import { findJsonErrorOffset } from './json-error-offset.ts'

/** The outcome of reading a JSON text: the value, or where and why it is not JSON. */
export type JsonParse =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string }

/**
 * Parses JSON and turns a syntax error into "line 3, column 14: …" so that a person can find
 * it. A UTF-8 byte-order mark, which editors on Windows add, is accepted.
 */
export function parseJson(text: string): JsonParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, message: 'the file is empty: expected JSON' }
  if (body.trimStart().startsWith('<')) {
    return { ok: false, message: 'expected JSON but the file is HTML or XML (is the path right?)' }
  }
  try {
    const value: unknown = JSON.parse(body)
    return { ok: true, value }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `not valid JSON${locate(body, reason)}: ${tidy(reason)}` }
  }
}

function locate(text: string, reason: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(reason)
  if (lineColumn !== null) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`
  const position = /position (\d+)/.exec(reason)
  const offset = position === null ? findJsonErrorOffset(text) : Number(position[1])
  if (offset === null) return ''
  if (offset >= text.length) return ' at the end of the file'
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return ` at line ${line}, column ${column}`
}

function tidy(reason: string): string {
  return reason
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/, ".*" is not valid JSON$/s, ' (the text is not JSON)')
}
