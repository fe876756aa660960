export type Align = 'left' | 'right'

/** Columns padded to their widest cell, two spaces apart, for a terminal. */
export function formatTextTable(
  headers: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  align: ReadonlyArray<Align>,
): string {
  const widths = headers.map((header, c) =>
    Math.max(width(header), ...rows.map((row) => width(row[c] ?? ''))),
  )
  const line = (cells: ReadonlyArray<string>) =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat(Math.max(0, (widths[c] ?? 0) - width(cell)))
        return align[c] === 'right' ? pad + cell : cell + pad
      })
      .join('  ')
      .trimEnd()
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** Display width: combining marks take no column. */
function width(text: string): number {
  return [...text.normalize('NFC')].filter((ch) => !/\p{M}/u.test(ch)).length
}
