import { expect, test } from 'vitest'
import { csvCell, toCsv } from '../../src/export/csv-cell.ts'

test('text that a spreadsheet would run as a formula is neutralised', () => {
  expect(['=SUM(A1)', '+1', '-cmd|x', '@A1', '\tx', '\rx'].map(csvCell)).toEqual([
    "'=SUM(A1)",
    "'+1",
    "'-cmd|x",
    "'@A1",
    '"\'\tx"',
    '"\'\rx"',
  ])
})

test('numbers stay numbers, negative ones included; empty cells stay empty', () => {
  expect([-5, 12.5, 0, null, true].map(csvCell)).toEqual(['-5', '12.5', '0', '', 'true'])
})

test('commas, quotes and line breaks are quoted', () => {
  expect(csvCell('Hart, Jason')).toBe('"Hart, Jason"')
  expect(csvCell('the "Bull"')).toBe('"the ""Bull"""')
  expect(
    toCsv([
      ['a', 1],
      ['b,c', null],
    ]),
  ).toBe('a,1\r\n"b,c",\r\n')
})

/** The cells a spreadsheet reads from one CSV line when it splits on `separator` (RFC 4180). */
function cellsOf(line: string, separator: string): Array<string> {
  const cells: Array<string> = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"'
      i += 1
    } else if (c === '"') quoted = !quoted
    else if (!quoted && c === separator) {
      cells.push(cell)
      cell = ''
    } else cell += c
  }
  return [...cells, cell]
}

test('CSV cells like Team;=1+1 are written unquoted (issue 22 #7)', () => {
  // A spreadsheet set to a locale whose list separator is ";" (or sniffing tabs) splits there:
  // unquoted, the text after it became a cell of its own, and a cell starting "=" a formula.
  expect(csvCell('Team;=1+1')).toBe('"Team;=1+1"')
  expect(csvCell('Team\t=1+1')).toBe('"Team\t=1+1"')
  expect(csvCell('a;b')).toBe('"a;b"')
  const line = toCsv([['Team;=1+1', 'Hart\t@SUM(A1)', '=1;2', 'x,-3;+4', 7]]).trimEnd()
  for (const separator of [',', ';', '\t']) {
    const cells = cellsOf(line, separator)
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
  }
  expect(cellsOf(line, ',')).toEqual(['Team;=1+1', 'Hart\t@SUM(A1)', "'=1;2", 'x,-3;+4', '7'])
})
