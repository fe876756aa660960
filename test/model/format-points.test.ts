import { expect, test } from 'vitest'
import {
  formatChange,
  gapFigure,
  leaderAndGap,
  pairGapText,
  formatGap,
  formatPoints,
  formatSignedGap,
} from '../../src/model/format-points.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

/** The space between whole points and a fraction: "28 1/7" never breaks in two. */
const SPACE = '\u00A0'

test('gaps and changes are signed with a real minus sign; level and no change are words', () => {
  expect(formatSignedGap(63)).toBe('−63')
  expect(formatSignedGap(0)).toBe('level')
  expect(formatSignedGap(12.5)).toBe('−12.5')
  expect(formatChange(17)).toBe('+17')
  expect(formatChange(-5)).toBe('−5')
  expect(formatChange(0)).toBe('±0')
})

test('bug: a driver level on points showed "—" like the leader: the leader has none, a tie is "level"', () => {
  expect(formatGap(0, true)).toBe('—')
  expect(formatGap(0, false)).toBe('level')
  expect(formatGap(35, false)).toBe('−35')
})

test('bug: 1954 shared fastest laps showed as 28.143 and −16.857143 — a share the rules make is written as its fraction', () => {
  // The engine keeps six decimals: 28 1/7 is 28.142857, a race's own 3 1/7 the full double.
  expect(formatPoints(28.142857)).toBe(`28${SPACE}1/7`)
  expect(formatPoints(3.142857142857143)).toBe(`3${SPACE}1/7`)
  expect(formatPoints(0.142857)).toBe('1/7')
  expect(formatPoints(26.642857)).toBe(`26${SPACE}9/14`)
  expect(formatSignedGap(16.857143)).toBe(`−16${SPACE}6/7`)
  expect(formatGap(17.357143, false)).toBe(`−17${SPACE}5/14`)
  expect(formatChange(3.142857)).toBe(`+3${SPACE}1/7`)
  expect(formatChange(-0.142857)).toBe('−1/7')
  // 1955: Trintignant's and Farina's shared cars, a third each.
  expect(formatPoints(11.333333)).toBe(`11${SPACE}1/3`)
  expect(formatPoints(0.666667)).toBe('2/3')
  expect(formatPoints(-0.142857)).toBe('-1/7')
})

test('points three decimals write exactly stay decimals; anything else keeps three decimals', () => {
  expect(formatPoints(212)).toBe('212')
  expect(formatPoints(12.5)).toBe('12.5')
  expect(formatPoints(0.25)).toBe('0.25')
  expect(formatPoints(13.5)).toBe('13.5')
  expect(formatPoints(1.2345678)).toBe('1.235')
  expect(formatPoints(0.333)).toBe('0.333')
  // A total a hair off a whole number after six-decimal rounding is that number.
  expect(formatPoints(2.9999995)).toBe('3')
})

test('published: 1954 Formula One — Fangio 42 (57 1/7), González 25 1/7 (26 9/14), Hawthorn 24 9/14', async () => {
  // Source: the 1954 World Championship table (best 5 of 9; a fastest lap shared by seven
  // cars at the British Grand Prix, 1/7 point each), public/data/f1/1954 from F1DB.
  const { season, files } = await shippedFiles('f1/1954')
  const model = buildSeasonModel({ season, files })
  const table = model.championship('drivers')?.table(model.standings.scored.length - 1) ?? []
  const line = (id: string) => {
    const row = table.find((entry) => entry.id === id)
    if (row === undefined) throw new Error(`no ${id} in 1954`)
    return `${row.position} ${formatPoints(row.points)} (${formatPoints(row.pointsBeforeDrops)}) ${formatGap(row.gapToLeader, row.position === 1)}`
  }
  expect(line('juan-manuel-fangio')).toBe(`1 42 (57${SPACE}1/7) —`)
  expect(line('jose-froilan-gonzalez')).toBe(`2 25${SPACE}1/7 (26${SPACE}9/14) −16${SPACE}6/7`)
  expect(line('mike-hawthorn')).toBe(`3 24${SPACE}9/14 (24${SPACE}9/14) −17${SPACE}5/14`)
  expect(line('stirling-moss')).toBe(`13 4${SPACE}1/7 (4${SPACE}1/7) −37${SPACE}6/7`)
  // After the British Grand Prix (race 5), Fangio's 28 1/7 led González's 14 9/14 by 13.5.
  const british = model.championship('drivers')?.table(4) ?? []
  expect(british.slice(0, 2).map((row) => formatPoints(row.points))).toEqual([
    `28${SPACE}1/7`,
    `14${SPACE}9/14`,
  ])
  expect(formatGap(british[1]?.gapToLeader ?? 0, false)).toBe('−13.5')
})

test('a pair gap is said one way on the booth, the pair chart and the card: "63", "Dickinson +63", "level"', () => {
  // Published: after race 8 of 2023 Dickinson led Sargent by 63 (README, the gap chart).
  expect(gapFigure(63)).toBe('63')
  expect(gapFigure(-63)).toBe('63')
  expect(gapFigure(0)).toBe('level')
  expect(leaderAndGap(63, 'Dickinson', 'Sargent')).toBe('Dickinson +63')
  expect(leaderAndGap(-5, 'Dickinson', 'Sargent')).toBe('Sargent +5')
  expect(leaderAndGap(0, 'Dickinson', 'Sargent')).toBe('level')
  expect(pairGapText(-5)).toBe('−5')
  expect(pairGapText(0)).toBe('level')
})

test('the tolerance is inclusive: a total 2e-6 from a whole thousandth is that number, never "0/2"', () => {
  // TOLERANCE is 2e-6 (three six-decimal roundings): a remnant of exactly that size is 0.
  expect(formatPoints(0.000002)).toBe('0')
  expect(formatPoints(-0.000002)).toBe('0')
  // Three roundings drift 1.5e-6 at most: 12.5 so kept is still 12.5.
  expect(formatPoints(12.5000015)).toBe('12.5')
})

test('sixtieths are the smallest fraction written (MAX_DENOMINATOR 60); a 61st keeps three decimals', () => {
  // 1/4 + 1/5 + 1/3 = 47/60: three shares of different cars added up.
  expect(formatPoints(0.783333)).toBe('47/60')
  expect(formatPoints(0.016667)).toBe('1/60')
  expect(formatPoints(2.016667)).toBe(`2${SPACE}1/60`)
  expect(formatPoints(1 / 61)).toBe('0.016')
})
