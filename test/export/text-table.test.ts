import { expect, test } from 'vitest'
import { formatTextTable } from '../../src/export/text-table.ts'

test('columns line up, numbers to the right, accented names counted by letters', () => {
  const text = formatTextTable(
    ['Pos', 'Driver', 'Pts'],
    [
      ['1', 'Nico Hülkenberg', '72'],
      ['10', 'Al', '5'],
    ],
    ['right', 'left', 'right'],
  )
  expect(text.split('\n')).toEqual([
    'Pos  Driver           Pts',
    '---  ---------------  ---',
    '  1  Nico Hülkenberg   72',
    ' 10  Al                 5',
  ])
})
