import { expect, test } from 'vitest'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import { chartLines } from '../../src/model/chart-lines.ts'
import { picks } from '../fixtures/picks.ts'
import { chartSummary } from '../../src/model/chart-summary.ts'
import type { CalendarRace } from '../../src/engine/scoring/calendar.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')
const ccna2024 = await shippedSeason('ccna/2024')
/** The first `count` races of a championship's progression: the races a chart shows. */
const races = (progression: { readonly steps: ReadonlyArray<CalendarRace> }, count: number) =>
  progression.steps.slice(0, count)

test('published: Dickinson 63 ahead of Sargent after race 8 (gap chart of 2023 Pro)', () => {
  const step = stepAfter(ccna2023, 'r08')
  const lines = chartLines(
    picks(championship(ccna2023, 'pro'), ['riley-dickinson', 'tom-sargent']),
    'gap',
    false,
    step,
  )
  expect(lines.map((line) => line.values.at(-1))).toEqual([0, 63])
  expect(chartSummary('gap', lines, races(championship(ccna2023, 'pro'), 8))).toBe(
    "Dickinson's lead over Sargent grew from 8 after race 1 to 63 after race 8.",
  )
})

test('published: Yardley beat Sedgwick to 2nd in 2024 Pro after trailing him (a lead that changed hands)', () => {
  const lines = chartLines(
    picks(championship(ccna2024, 'pro'), ['ryan-yardley', 'alex-sedgwick']),
    'gap',
    false,
    15,
  )
  // Published: Sedgwick second before the finale (after race 14), Yardley second at the end
  // and Sedgwick fourth; the races between are reconstructed, so only those facts are pinned.
  const [yardley, sedgwick] = lines
  const gapAfter = (race: number) =>
    (sedgwick?.values[race - 1] ?? 0) - (yardley?.values[race - 1] ?? 0)
  expect(gapAfter(14)).toBeLessThan(0)
  expect(gapAfter(16)).toBeGreaterThan(0)
  const summary = chartSummary('gap', lines, races(championship(ccna2024, 'pro'), 16))
  expect(summary).toMatch(/ ahead of Sedgwick after race 16\. /)
  expect(summary).toMatch(/Sedgwick ahead after race \d+/)
  expect(summary).toMatch(/Yardley ahead after race 1[56]\.$/)
})

test('points and position summaries list the chosen entries at the last race', () => {
  const pro = championship(ccna2023, 'pro')
  const step = stepAfter(ccna2023, 'r08')
  const ids = ['riley-dickinson', 'tom-sargent', 'will-martin']
  expect(
    chartSummary('points', chartLines(picks(pro, ids), 'points', false, step), races(pro, 8)),
  ).toBe('Points after race 8: Dickinson 197, Sargent 134, Martin 121.')
  expect(
    chartSummary('position', chartLines(picks(pro, ids), 'position', false, step), races(pro, 8)),
  ).toBe('Championship positions after race 8: Dickinson first, Sargent second, Martin third.')
})

test('before drops: 2023 Am totals include the two dropped scores', () => {
  const am = championship(ccna2023, 'am')
  const after = chartLines(picks(am, ['mark-kvamme']), 'points', false, 15)[0]!
  const before = chartLines(picks(am, ['mark-kvamme']), 'points', true, 15)[0]!
  // His final total is reconstructed (not published): the standings' own numbers.
  const kvamme = standingsAt(am, 15).find((row) => row.id === 'mark-kvamme')!
  expect(after.values.at(-1)).toBe(kvamme.points)
  expect(before.values.at(-1)).toBe(kvamme.pointsBeforeDrops)
  expect(before.values.at(-1)).toBeGreaterThan(kvamme.points)
  // Drops apply from the standings after race 14 (docs/scoring-rules.md#drops): equal before.
  expect(before.values.slice(0, 13)).toEqual(after.values.slice(0, 13))
})

test('an empty chart says so', () => {
  expect(chartSummary('gap', [], [])).toBe('No results to chart yet.')
})

test('bug: the gap chart summary hid lead changes ("Rosberg\'s lead shrank from 7 to 5") — Hamilton led after races 11 to 14 of 2016', async () => {
  const f1 = await shippedSeason('f1/2016')
  const drivers = championship(f1, 'drivers')
  const last = drivers.steps.length - 1
  const lines = chartLines(picks(drivers, ['nico-rosberg', 'lewis-hamilton']), 'gap', false, last)
  const summary = chartSummary('gap', lines, races(drivers, 21))
  expect(summary).toContain(
    'The lead changed twice: Hamilton ahead after round 11, Hungary, and Rosberg ahead after round 15, Singapore.',
  )
  expect(summary).toContain('to 5 ahead of Hamilton after round 21, Abu Dhabi.')
})

test('official F1 2022: the gap chart of Verstappen and Leclerc after round 18, Japan names Grands Prix by round and place', async () => {
  const f1of2022 = await shippedSeason('f1/2022')
  const drivers = championship(f1of2022, 'drivers')
  const step = stepAfter(f1of2022, 'r18')
  const lines = chartLines(
    picks(drivers, ['max-verstappen', 'charles-leclerc']),
    'gap',
    false,
    step,
  )
  expect(chartSummary('gap', lines, races(drivers, step + 1))).toBe(
    'Verstappen went from 26 behind Leclerc after round 1, Bahrain, to 114 ahead of Leclerc after round 18, Japan. The lead changed once: Verstappen ahead after round 6, Spain.',
  )
  expect(
    chartSummary(
      'points',
      chartLines(picks(drivers, ['max-verstappen', 'charles-leclerc']), 'points', false, step),
      races(drivers, step + 1),
    ),
  ).toBe('Points after round 18, Japan: Verstappen 366, Leclerc 252.')
})

test('bug: a teams chart summary named two entrants "Racing" — teams keep their whole name', () => {
  const teams = championship(ccna2023, 'teams')
  const lines = chartLines(picks(teams, ['kellymoss', 'mcelrea-racing']), 'points', false, 0)
  expect(chartSummary('points', lines, races(teams, 1))).toBe(
    'Points after race 1: Kellymoss 25, McElrea Racing 20.',
  )
})

test('bug: a gap chart of one entry said its gap as its points ("Points after race 8: Sargent 63")', () => {
  const pro = championship(ccna2023, 'pro')
  const step = stepAfter(ccna2023, 'r08')
  const lines = chartLines(picks(pro, ['tom-sargent']), 'gap', false, step)
  expect(chartSummary('gap', lines, races(pro, 8))).toBe(
    'Points behind the leader after race 8: Sargent 63.',
  )
})

test('bug: a gap chart across classes said Sargent (Pro) was 54 behind Castro (Pro-Am), the gap to his own leader', () => {
  // After race 6 of 2023: Sargent 54 behind Dickinson in Pro; Castro led Pro-Am (published).
  const step = stepAfter(ccna2023, 'r06')
  const picked = [
    { progression: championship(ccna2023, 'pro'), id: 'tom-sargent' },
    { progression: championship(ccna2023, 'pro-am'), id: 'efrin-castro' },
  ]
  const lines = chartLines(picked, 'gap', false, step)
  expect(chartSummary('gap', lines, races(championship(ccna2023, 'pro'), 6), true)).toBe(
    'Points behind the class leader after race 6: Tom Sargent 54, Efrin Castro 0.',
  )
})

/** Two hand-drawn gap lines (points behind the leader, race by race) of 2023's first races. */
const pair = (a: ReadonlyArray<number | null>, b: ReadonlyArray<number | null>) =>
  chartSummary(
    'gap',
    [
      { id: 'a', name: 'Anna Alpha', values: a },
      { id: 'b', name: 'Ben Beta', values: b },
    ],
    races(championship(ccna2023, 'pro'), a.length),
  )

test('a lead that shrank, that stayed, with its largest between; the largest named once', () => {
  expect(pair([0, 0, 0], [10, 12, 4])).toBe(
    "Alpha's lead over Beta shrank from 10 after race 1 to 4 after race 3 (largest: 12 after race 2).",
  )
  expect(pair([0, 0, 0, 0], [5, 9, 5, 5])).toBe(
    "Alpha's lead over Beta stayed at 5 from after race 1 to after race 4 (largest: 9 after race 2).",
  )
  // Equal to where it started is not a new largest.
  expect(pair([0, 0, 0], [9, 9, 5])).toBe(
    "Alpha's lead over Beta shrank from 9 after race 1 to 5 after race 3.",
  )
  // Level at first: taking the lead is a change of leader, said as one.
  expect(pair([0, 0, 0], [0, 3, 5])).toBe(
    'Alpha went from level with Beta after race 1 to 5 ahead of Beta after race 3. The lead changed once: Alpha ahead after race 2.',
  )
})

test('the gap is measured from the first race both are in the table', () => {
  const from6 = "Alpha's lead over Beta grew from 6 after race 2 to 8 after race 3."
  expect(pair([null, 0, 0], [4, 6, 8])).toBe(from6)
  expect(pair([0, 0, 0], [null, 6, 8])).toBe(from6)
  expect(pair([null, null], [0, null])).toBe('Alpha and Beta have not yet both scored.')
})

test('bug: a pair that ended level was "0 ahead" — level with', () => {
  expect(pair([4, 0], [0, 0])).toBe(
    'Alpha went from 4 behind Beta after race 1 to level with Beta after race 2. They drew level or swapped places once: level after race 2.',
  )
})

test('no lines, or no races, is nothing to chart', () => {
  const line = { id: 'a', name: 'Anna Alpha', values: [0] }
  expect(chartSummary('points', [line], [])).toBe('No results to chart yet.')
  expect(chartSummary('points', [], races(championship(ccna2023, 'pro'), 1))).toBe(
    'No results to chart yet.',
  )
})

test('a position chart names an entry not yet in the table at the last race as not classified', () => {
  const pro = championship(ccna2023, 'pro')
  const lines = [
    { id: 'a', name: 'Ann Able', values: [1, 1] },
    { id: 'b', name: 'Bo Baker', values: [null, null] },
  ]
  expect(chartSummary('position', lines, races(pro, 2))).toBe(
    'Championship positions after race 2: Able first, Baker not classified.',
  )
})
