import { expect, test } from 'vitest'
import { toStandingsDocument } from '../../src/export/standings-document.ts'
import { toStandingsText } from '../../src/export/standings-text.ts'
import { exportModel as standings } from '../fixtures/export-season.ts'

test('the terminal table shows the heading, what was not counted, and the dropped races', () => {
  const text = toStandingsText(toStandingsDocument(standings, 1, ['pro']), 'Test Cup')
  expect(text).toContain('Test Cup 2024 — standings after r03 (Race 3, Round 3)')
  expect(text).toContain('! r02 not counted: results/r02.json: rows: bad')
  expect(text.split('\n').slice(4)).toEqual([
    'Pro',
    'Pos  +/-  Driver           Car  Team    Pts  Gap  Next  W  Pod  Pole  FL  St  Dropped',
    '---  ---  ---------------  ---  ------  ---  ---  ----  -  ---  ----  --  --  -------',
    '  1  =    Ann Able           1  Team 1   27    -     -  1    1     1   0   2  r03',
    '  2  =    =HYPERLINK("x")    2  Team 2   25    2     2  1    2     0   0   2  r01',
    '',
  ])
})
