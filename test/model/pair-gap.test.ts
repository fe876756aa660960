import { expect, test } from 'vitest'
import { pairGap, pairGapSummary } from '../../src/model/pair-gap.ts'
import { pair as both } from '../fixtures/picks.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')
const f1 = await shippedSeason('f1/2016')

test('published: Sargent 13 ahead of Martin after race 8 of 2023 (63 and 76 behind Dickinson)', () => {
  const pair = pairGap(
    ...both(championship(ccna2023, 'pro'), 'tom-sargent', 'will-martin'),
    stepAfter(ccna2023, 'r08'),
  )
  expect(pair?.points.at(-1)).toEqual({ race: 8, label: 'R8', gap: 13 })
  expect(pair?.points).toHaveLength(8)
})

test('bug: the summary hid lead changes — Hamilton led Rosberg after races 11 to 14 of 2016', () => {
  const drivers = championship(f1, 'drivers')
  const pair = pairGap(...both(drivers, 'nico-rosberg', 'lewis-hamilton'), drivers.steps.length - 1)
  if (pair === null) throw new Error('both drivers are in the 2016 table')
  // Published standings: Hamilton ahead after Germany (race 12)… Rosberg back ahead after Singapore.
  expect(pair.points.filter((p) => (p.gap ?? 0) < 0).map((p) => p.race)).toEqual([11, 12, 13, 14])
  expect(pair.leadChanges).toEqual([
    { race: 11, leader: 'b' },
    { race: 15, leader: 'a' },
  ])
  expect(pair.points.at(-1)).toEqual({ race: 21, label: 'R21', gap: 5 })
  const summary = pairGapSummary(pair)
  expect(summary).toBe(
    'Rosberg led Hamilton by 7 after round 1, Australia. The lead changed twice: Hamilton ahead after round 11, Hungary, and Rosberg ahead after round 15, Singapore. After round 21, Abu Dhabi, Rosberg leads Hamilton by 5. Largest gap: 43 (Rosberg ahead, after round 4, Russia).',
  )
})

test('no pair for one entry twice or an unknown id', () => {
  const pro = championship(ccna2023, 'pro')
  expect(pairGap(...both(pro, 'tom-sargent', 'tom-sargent'), 3)).toBeNull()
  expect(pairGap(...both(pro, 'tom-sargent', 'nobody'), 3)).toBeNull()
})

test('across classes (from All classes): Dickinson (Pro) 157, Castro (Pro-Am) 125 after race 6 of 2023, each in his own class', () => {
  const pair = pairGap(
    { progression: championship(ccna2023, 'pro'), id: 'riley-dickinson' },
    { progression: championship(ccna2023, 'pro-am'), id: 'efrin-castro' },
    stepAfter(ccna2023, 'r06'),
  )
  // Published: Dickinson 157 [R0621 via checkpoints], Castro 125 [racer.com 2023-06-21].
  expect(pair?.points.at(-1)).toEqual({ race: 6, label: 'R6', gap: 32 })
  expect(pair?.b.name).toBe('Efrin Castro')
  expect(pair === null ? '' : pairGapSummary(pair)).toContain(
    "After race 6 Dickinson leads Castro by 32. Largest gap: 32 (Dickinson ahead, after race 6). Points in each driver's own class: Dickinson in Pro, Castro in Pro-Am.",
  )
})

test('official F1 2022: after round 18, Japan, Verstappen leads Leclerc by 114, the races named as Formula One names them', async () => {
  const f1of2022 = await shippedSeason('f1/2022')
  const drivers = championship(f1of2022, 'drivers')
  const pair = pairGap(
    ...both(drivers, 'max-verstappen', 'charles-leclerc'),
    stepAfter(f1of2022, 'r18'),
  )
  if (pair === null) throw new Error('both drivers are in the 2022 table')
  // Japan is the 20th race of the calendar (two sprints before it): its label stays R18.
  expect(pair.points.at(-1)).toEqual({ race: 20, label: 'R18', gap: 114 })
  // Published: Leclerc won Bahrain with the fastest lap (26, Verstappen out); Verstappen led from
  // Spain; 366 to 252 after Japan; 335 to 219 after Monza.
  expect(pairGapSummary(pair)).toBe(
    'Leclerc led Verstappen by 26 after round 1, Bahrain. The lead changed once: Verstappen ahead after round 6, Spain. After round 18, Japan, Verstappen leads Leclerc by 114. Largest gap: 116 (Verstappen ahead, after round 16, Italy).',
  )
})

test('published: Verstappen and Hamilton, 2021 — the lead swapped six times and they drew level before Abu Dhabi', async () => {
  const f1of2021 = await shippedSeason('f1/2021')
  const drivers = championship(f1of2021, 'drivers')
  const pair = pairGap(
    ...both(drivers, 'max-verstappen', 'lewis-hamilton'),
    stepAfter(f1of2021, 'r22'),
  )
  // Published: 369.5 each after Saudi Arabia; 395.5 to 387.5 at the end; 33 ahead after the
  // first sprint (Silverstone), the widest gap of the year.
  expect(pair === null ? '' : pairGapSummary(pair)).toBe(
    'Hamilton led Verstappen by 7 after round 1, Bahrain. They drew level or swapped places 7 times: Verstappen ahead after round 5, Monaco, Hamilton ahead after round 11, Hungary, Verstappen ahead after round 13, Netherlands, Hamilton ahead after round 15, Russia, Verstappen ahead after round 16, Turkey, level after round 21, Saudi Arabia, and Verstappen ahead after round 22, Abu Dhabi. After round 22, Abu Dhabi, Verstappen leads Hamilton by 8. Largest gap: 33 (Verstappen ahead, after the Great Britain sprint).',
  )
})

test('published: Dickinson led Sargent after every race of 2023, 140 ahead at the end', () => {
  const pro = championship(ccna2023, 'pro')
  const pair = pairGap(...both(pro, 'riley-dickinson', 'tom-sargent'), stepAfter(ccna2023, 'r16'))
  expect(pair === null ? '' : pairGapSummary(pair)).toBe(
    'Dickinson led Sargent by 8 after race 1. The lead never changed. After race 16 Dickinson leads Sargent by 140. Largest gap: 140 (Dickinson ahead, after race 16).',
  )
})

test('bug: "The lead never changed" for two drivers level on nothing all year (Mazepin and Schumacher, 2021)', async () => {
  const f1of2021 = await shippedSeason('f1/2021')
  const drivers = championship(f1of2021, 'drivers')
  const summary = (after: string, b = 'mick-schumacher') => {
    const pair = pairGap(...both(drivers, 'nikita-mazepin', b), stepAfter(f1of2021, after))
    return pair === null ? '' : pairGapSummary(pair)
  }
  expect(summary('r22')).toBe(
    'Mazepin and Schumacher were level after round 1, Bahrain. They were level after every race. After round 22, Abu Dhabi, Mazepin and Schumacher are level.',
  )
  expect(summary('r01')).toBe('Mazepin and Schumacher were level after round 1, Bahrain.')
  // Kubica first raced in round 13: after round 1 there is no gap to tell.
  expect(summary('r01', 'robert-kubica')).toBe('Mazepin and Kubica have not yet both scored.')
})

test('the largest gap names whichever of the two was ahead: Rosberg, picked second against Hamilton, 43 ahead after Russia 2016', () => {
  const drivers = championship(f1, 'drivers')
  const pair = pairGap(...both(drivers, 'lewis-hamilton', 'nico-rosberg'), drivers.steps.length - 1)
  expect(pair === null ? '' : pairGapSummary(pair)).toBe(
    'Rosberg led Hamilton by 7 after round 1, Australia. The lead changed twice: Hamilton ahead after round 11, Hungary, and Rosberg ahead after round 15, Singapore. After round 21, Abu Dhabi, Rosberg leads Hamilton by 5. Largest gap: 43 (Rosberg ahead, after round 4, Russia).',
  )
})
