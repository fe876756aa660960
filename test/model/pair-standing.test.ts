import { expect, test } from 'vitest'
import {
  noPairSentence,
  pairStanding,
  pairStandingSentence,
  sidePlace,
} from '../../src/model/pair-standing.ts'
import { pair } from '../fixtures/picks.ts'
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
    teams: false,
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
