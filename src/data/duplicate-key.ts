/** A key written twice in one JSON object: where each is (offsets in the text) and its path. */
export interface DuplicateKey {
  readonly key: string
  /** The JSON path of the second one: the object's path, then the key. */
  readonly path: ReadonlyArray<PropertyKey>
  readonly first: number
  readonly second: number
}

/**
 * The first key written twice in one object of a JSON text that parsed as `value`, or null.
 * JSON.parse keeps the last silently (`"status": "live", …, "status": "official"`), so a file
 * can say two things and validate one (issue 22 #5, docs/hardening.md). Linear: the key
 * tokens of the text are counted (a jump from quote to quote) against the keys of the parsed
 * value; only when they differ is the text walked again to say where.
 */
export function findDuplicateKey(text: string, value: unknown): DuplicateKey | null {
  return countKeyTokens(text) === countKeys(value) ? null : locateDuplicateKey(text)
}

/** The end of the string that opens at `start` (the offset of its closing quote). */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1)
  for (;;) {
    let backslashes = 0
    while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes += 1
    if (backslashes % 2 === 0 || end < 0) return end
    end = text.indexOf('"', end + 1)
  }
}

/** The offset of the first character after `at` that is not JSON white space. */
function skipSpace(text: string, at: number): number {
  let i = at
  for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9;) {
    i += 1
    c = text.charCodeAt(i)
  }
  return i
}

/** Strings followed by a colon, in a text already known to be JSON. */
function countKeyTokens(text: string): number {
  let count = 0
  for (let at = text.indexOf('"'); at >= 0;) {
    const end = stringEnd(text, at)
    if (end < 0) break
    const next = skipSpace(text, end + 1)
    if (text.charCodeAt(next) === 58) count += 1
    at = text.indexOf('"', next)
  }
  return count
}

/** Own keys of every object in a parsed value, without recursion (any depth JSON.parse reads). */
function countKeys(value: unknown): number {
  let count = 0
  const stack: Array<unknown> = [value]
  while (stack.length > 0) {
    const item = stack.pop()
    if (Array.isArray(item)) {
      for (const inner of item) if (typeof inner === 'object' && inner !== null) stack.push(inner)
    } else if (isRecord(item)) {
      // for…in: own keys only (JSON.parse makes no inherited enumerable ones), and twice as
      // fast as Object.values on 500,000 rows.
      for (const key in item) {
        count += 1
        const inner = item[key]
        if (typeof inner === 'object' && inner !== null) stack.push(inner)
      }
    }
  }
  return count
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

interface Frame {
  /** An object's keys so far, with the offset of each; null for an array. */
  readonly keys: Map<string, number> | null
  /** Where the current member sits: its key, or its index in an array. */
  segment: PropertyKey
}

/** The first duplicate key, walking the text with a stack of open objects and arrays. */
function locateDuplicateKey(text: string): DuplicateKey | null {
  const stack: Array<Frame> = []
  let top: Frame | undefined
  for (let at = 0; at < text.length; at += 1) {
    const c = text.charCodeAt(at)
    if (c === 123 || c === 91) {
      // { or [
      top = { keys: c === 123 ? new Map() : null, segment: c === 123 ? '' : 0 }
      stack.push(top)
    } else if (c === 125 || c === 93) {
      // } or ]
      stack.pop()
      top = stack.at(-1)
    } else if (c === 44 && top !== undefined && typeof top.segment === 'number') top.segment += 1
    else if (c === 34) {
      const end = stringEnd(text, at)
      if (end < 0) return null
      const next = skipSpace(text, end + 1)
      if (top !== undefined && top.keys !== null && text.charCodeAt(next) === 58) {
        const raw = text.slice(at + 1, end)
        // Escapes are rare in keys: only then is the key decoded ("c\u0061r" is "car").
        const key = raw.includes('\\') ? String(JSON.parse(`"${raw}"`)) : raw
        const first = top.keys.get(key)
        if (first !== undefined) {
          const path = [...stack.slice(0, -1).map((frame) => frame.segment), key]
          return { key, path, first, second: at }
        }
        top.keys.set(key, at)
        top.segment = key
      }
      at = next - 1
    }
  }
  return null
}
