/**
 * A problem found in a data file: which file, where in it (a JSON path such as
 * `rows[12].class`), and what was expected (docs/data-format.md#validation).
 */
export interface Fault {
  readonly file: string
  readonly path: string
  readonly message: string
}

/** `results/r07.json: rows[12].class: "pro_am" is not a class of this season (pro, pro-am, am)` */
export function formatFault(fault: Fault): string {
  return fault.path === ''
    ? `${fault.file}: ${fault.message}`
    : `${fault.file}: ${fault.path}: ${fault.message}`
}

/**
 * ['rows', 12, 'class'] → "rows[12].class"; keys that are not short plain words are quoted,
 * escaped and cut short.
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && key.length <= 40 && /^[A-Za-z_$][\w$-]*$/.test(key))
      out += out === '' ? key : `.${key}`
    // Quoted, escaped and cut short like any value: a 10 MB key prints 40 characters.
    else out += `[${describeValue(String(key))}]`
  }
  return out
}

/**
 * A name from a file as it appears in a message (a column, a car number): as it is when short
 * and printable, else quoted, escaped and cut short like any value.
 */
export function describeName(text: string): string {
  return /^[^\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}"]{1,40}$/u.test(text)
    ? text
    : describeValue(text)
}

/** A value as it appears in a message: strings quoted and cut short, containers named. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value))
    return value.length === 0 ? 'an empty list' : `a list of ${value.length}`
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value
    // JSON escapes C0 controls and lone surrogates; DEL, C1, invisible format characters (a
    // right-to-left override reorders the message around it) and noncharacters (U+FFFF breaks
    // XML) are escaped the same way, each UTF-16 unit of an astral one.
    return JSON.stringify(shown).replace(/\p{Cc}|\p{Cf}|\p{Noncharacter_Code_Point}/gu, (c) =>
      Array.from(
        { length: c.length },
        (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`,
      ).join(''),
    )
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  return typeof value
}
