import { findDuplicateKey } from './duplicate-key.ts'
import { describeValue, formatPath } from './fault.ts'
import { findJsonErrorOffset } from './json-error-offset.ts'

/**
 * The outcome of reading a JSON text: the value, or where and why it is not JSON (`path`, the
 * JSON path, when the fault has one: a duplicated key).
 */
export type JsonParse =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly path?: string }

/**
 * Parses JSON and turns a syntax error into "line 3, column 14: …" so that a person can find
 * it. A UTF-8 byte-order mark, which editors on Windows add, is accepted. A key written twice
 * in one object is refused with both places (JSON.parse keeps the last silently; issue 22 #5).
 */
export function parseJson(text: string): JsonParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, message: 'the file is empty: expected JSON' }
  if (body.trimStart().startsWith('<')) {
    return { ok: false, message: 'expected JSON but the file is HTML or XML (is the path right?)' }
  }
  try {
    const value: unknown = JSON.parse(body)
    const twice = findDuplicateKey(body, value)
    if (twice === null) return { ok: true, value }
    return {
      ok: false,
      path: formatPath(twice.path),
      message: `the key ${describeValue(twice.key)} is written twice in one object (${lineAndColumn(body, twice.first)} and ${lineAndColumn(body, twice.second)}): JSON would keep the last silently; remove one`,
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const offset = offsetOf(body, reason)
    const at = offset === null ? undefined : body.codePointAt(offset)
    const token = at === undefined ? null : String.fromCodePoint(at)
    return {
      ok: false,
      message: `not valid JSON${locate(body, reason, offset)}: ${tidy(reason, token)}`,
    }
  }
}

/** Where the runtime stopped: its position, or our own finder's when it gives none. */
function offsetOf(text: string, reason: string): number | null {
  const position = /position (\d+)/.exec(reason)
  return position === null ? findJsonErrorOffset(text) : Number(position[1])
}

/** Where, in words; `offset` is offsetOf's answer, found once (the finder scans the text). */
function locate(text: string, reason: string, offset: number | null): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(reason)
  if (lineColumn !== null) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`
  if (offset === null) return ''
  if (offset >= text.length) return ' at the end of the file'
  return ` at ${lineAndColumn(text, offset)}`
}

/** "line 3, column 14" of an offset in the text (hops from line feed to line feed: no copy). */
function lineAndColumn(text: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1
    lineStart = at + 1
  }
  return `line ${line}, column ${offset - lineStart + 1}`
}

/**
 * The runtime's reason in our words: its position is already said, and its excerpt of the file
 * is dropped (it repeats raw text, cut anywhere: half a surrogate pair, control characters);
 * the offending character is shown whole (the runtime gives half of an emoji), escaped when it
 * is a control character.
 */
function tidy(reason: string, token: string | null): string {
  const shown = (raw: string) => {
    const whole = token !== null && token.startsWith(raw) ? token : raw
    return /\p{Cc}|\p{Cs}/u.test(whole) ? JSON.stringify(whole).slice(1, -1) : whole
  }
  return reason
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, ' (the text is not JSON)')
    .replace(/^Unexpected token '(.*?)'/su, (_, raw: string) => `Unexpected token '${shown(raw)}'`)
}
