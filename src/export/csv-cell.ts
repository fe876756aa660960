/**
 * One CSV cell, safe to open in a spreadsheet (docs/exporting.md, OWASP's CSV injection rules):
 * text starting with =, +, -, @, tab or carriage return is prefixed with ' so it is never run as
 * a formula (numbers such as -5 stay numbers); cells with a comma, a semicolon or a tab (the
 * separators a spreadsheet may split on: `Team;=1+1` would become a cell `=1+1`), a quote or a
 * line break are quoted.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return ''
  const text = String(value)
  const isNumber = typeof value === 'number' && Number.isFinite(value)
  const safe = !isNumber && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",;\t\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Rows of cells as CSV text with CRLF line ends, as RFC 4180 and spreadsheets expect. */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>,
): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
