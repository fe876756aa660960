import { expect, test } from 'vitest'
import {
  noPairSentence,
  pairStanding,
  pairStandingSentence,
  sidePlace,
} from '../../src/model/pair-standing.ts'
import { pair } from '../fixtures/picks.ts'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { filesOf, makeSeason, order, results, rounds } from '../fixtures/build.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')
const pro = championship(ccna2023, 'pro')
const proAm = championship(ccna2023, 'pro-am')
const last = ccna2023.scored.length - 1

test('across classes: Sargent (Pro) and Castro (Pro-Am) after 2023, each in his own class, the gap said plainly', () => {
  const standing = pairStanding(
    { progression: pro, id: 'tom-sargent' },
    { progression: proAm, id: 'efrin-castro' },
    last,
  )
  if (standing === null) throw new Error('both are in their class tables')
  expect(standing.across).toBe(true)
  expect([standing.a.classId, standing.b.classId]).toEqual(['pro', 'pro-am'])
  expect([sidePlace(standing.a), sidePlace(standing.b)]).toEqual(['2nd in Pro', '1st in Pro-Am'])
  expect(pairStandingSentence(standing)).toBe(
    'Sargent (Pro, 2nd) 257 – Castro (Pro-Am, 1st) 342: Castro 85 points ahead, in different classes.',
  )
})

test('published: in one class, Dickinson 63 ahead of Sargent after race 8 of 2023 (197 to 134)', () => {
  const standing = pairStanding(
    ...pair(pro, 'riley-dickinson', 'tom-sargent'),
    stepAfter(ccna2023, 'r08'),
  )
  expect(standing === null ? '' : pairStandingSentence(standing)).toBe(
    'Dickinson (Pro, 1st) 197 – Sargent (Pro, 2nd) 134: Dickinson 63 points ahead.',
  )
})

test('level on points across classes: Sargent (Pro) and Cirone (Pro-Am), 83 each after race 4 of 2023', () => {
  const standing = pairStanding(
    { progression: pro, id: 'tom-sargent' },
    { progression: proAm, id: 'marco-cirone' },
    stepAfter(ccna2023, 'r04'),
  )
  expect(standing === null ? '' : pairStandingSentence(standing)).toBe(
    'Sargent (Pro, 2nd) 83 – Cirone (Pro-Am, 1st) 83: level on points, in different classes.',
  )
})

test('published: a championship without classes says no class — Rosberg 5 ahead of Hamilton, F1 2016; teams by their whole name', async () => {
  const f1 = await shippedSeason('f1/2016')
  const drivers = championship(f1, 'drivers')
  const end = drivers.steps.length - 1
  const standing = pairStanding(...pair(drivers, 'nico-rosberg', 'lewis-hamilton'), end)
  expect(standing === null ? '' : pairStandingSentence(standing)).toBe(
    'Rosberg (1st) 385 – Hamilton (2nd) 380: Rosberg 5 points ahead.',
  )
  expect(standing === null ? '' : sidePlace(standing.b)).toBe('2nd')
  const teams = championship(f1, 'constructors')
  const teamPair = pairStanding(
    { progression: teams, id: 'mercedes' },
    { progression: teams, id: 'red-bull' },
    end,
  )
  expect(teamPair === null ? '' : pairStandingSentence(teamPair)).toBe(
    'Mercedes (1st) 765 – Red Bull (2nd) 468: Mercedes 297 points ahead.',
  )
})

test('one point is a point', () => {
  const side = {
    name: 'A Driver',
    championship: 'Pro',
    classId: 'pro',
    classed: true,
  }
  expect(
    pairStandingSentence({
      a: { ...side, id: 'a', name: 'Ann Able', position: 1, points: 10 },
      b: { ...side, id: 'b', name: 'Bo Baker', position: 2, points: 9 },
      across: false,
    }),
  ).toBe('Able (Pro, 1st) 10 – Baker (Pro, 2nd) 9: Able 1 point ahead.')
})

test('no pair, said, never "pick two" when two are picked: the same entry twice, or one not in its table yet', () => {
  const sargent = { progression: pro, id: 'tom-sargent' }
  expect(pairStanding(sargent, sargent, last)).toBeNull()
  expect(noPairSentence(sargent, sargent, last)).toBe('Pick two different entries.')
  // Sofronas was not yet in the 2023 Pro-Am table after race 1.
  const sofronas = { progression: proAm, id: 'james-sofronas' }
  expect(pairStanding(sargent, sofronas, 0)).toBeNull()
  expect(noPairSentence(sargent, sofronas, 0)).toBe('Sofronas is not in the Pro-Am table after R1.')
})

test('the one missing may be either: Sofronas first, named; two entries both in their tables are no reason', () => {
  const sargent = { progression: pro, id: 'tom-sargent' }
  const sofronas = { progression: proAm, id: 'james-sofronas' }
  expect(pairStanding(sofronas, sargent, 0)).toBeNull()
  expect(noPairSentence(sofronas, sargent, 0)).toBe('Sofronas is not in the Pro-Am table after R1.')
  expect(noPairSentence(sargent, { progression: pro, id: 'nobody' }, 0)).toBe(
    'nobody is not in the Pro table after R1.',
  )
  expect(noPairSentence(sargent, { progression: proAm, id: 'efrin-castro' }, 0)).toBe(
    'Pick two different entries.',
  )
})

test('a driver and a team are in different championships; a team keeps its whole name (McElrea Racing)', () => {
  const teams = championship(ccna2023, 'teams')
  const standing = pairStanding(
    { progression: pro, id: 'riley-dickinson' },
    { progression: teams, id: 'mcelrea-racing' },
    0,
  )
  expect(standing === null ? '' : pairStandingSentence(standing)).toBe(
    'Dickinson (Pro, 1st) 28 – McElrea Racing (2nd) 20: Dickinson 8 points ahead, in different championships.',
  )
  const bothTeams = pairStanding(...pair(teams, 'kellymoss', 'mcelrea-racing'), 0)
  expect(bothTeams === null ? '' : pairStandingSentence(bothTeams)).toBe(
    'Kellymoss (1st) 25 – McElrea Racing (2nd) 20: Kellymoss 5 points ahead.',
  )
})

test('a short name the data gives is the name said: Schwelm Cruz, Argentina 1953', async () => {
  const f1 = await shippedSeason('f1/1953')
  const drivers = championship(f1, 'drivers')
  const standing = pairStanding(...pair(drivers, 'alberto-ascari', 'adolfo-schwelm-cruz'), 0)
  expect(standing?.b.shortName).toBe('Schwelm Cruz')
  expect(standing === null ? '' : pairStandingSentence(standing)).toBe(
    'Ascari (1st) 9 – Schwelm Cruz (6th) 0: Ascari 9 points ahead.',
  )
})

test('a pair in a championship of several classes has no class badge; a side without a short name carries none', () => {
  const season = makeSeason({
    rounds: rounds(2),
    championships: [{ id: 'open', name: 'Open', kind: 'drivers', classes: ['pro', 'am'] }],
  })
  const files = filesOf(results('r01', order(['1', '2'], { '2': { class: 'am' } })))
  const open = championship(computeSeasonStandings(season, files), 'open')
  const standing = pairStanding(...pair(open, 'd1', 'd2'), 0)
  expect(standing?.a).toEqual({
    id: 'd1',
    name: 'Driver 01',
    championship: 'Open',
    classId: null,
    classed: true,
    position: 1,
    points: 25,
  })
  expect(standing?.a).not.toHaveProperty('shortName')
})

test('before the first race nobody is in a table, and no race is named', () => {
  const sargent = { progression: pro, id: 'tom-sargent' }
  expect(noPairSentence(sargent, { progression: proAm, id: 'efrin-castro' }, -1)).toBe(
    'Sargent is not in the Pro table.',
  )
})
