import { expect, test } from 'vitest'
import { cardPair, noPairWords } from '../../src/model/card-pair.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

// The head-to-head card (docs/exporting.md#broadcast-graphics) on the 2021 title fight.
const f1of2021 = await shippedSeason('f1/2021')
const drivers = championship(f1of2021, 'drivers')
const pick = (id: string) => ({ progression: drivers, id })

test('published: level on 369.5 before Abu Dhabi 2021 — the card says "level", then each side’s record', () => {
  const card = cardPair(
    f1of2021.season,
    pick('max-verstappen'),
    pick('lewis-hamilton'),
    stepAfter(f1of2021, 'r21'),
    (id) => id === 'lewis-hamilton',
  )
  expect(card).toMatchObject({
    a: 'Max Verstappen',
    b: 'Lewis Hamilton',
    placeholders: [false, true],
    classes: null,
    gap: {
      figure: 'level',
      sentence: 'Verstappen (1st) 369.5 – Hamilton (2nd) 369.5: level on points.',
    },
  })
  // Wins 9 to 8 decide it on countback; poles follow F1DB's qualifying and are left out here.
  expect(card?.rows.filter(([label]) => label !== 'Poles')).toEqual([
    ['Position', '1st', '2nd'],
    ['Points', '369.5', '369.5'],
    ['Finished ahead', '13', '10'],
    ['Wins', '9', '8'],
    ['Podiums', '17', '16'],
    ['Fastest laps', '5', '6'],
    ['DNFs', '2', '1'],
  ])
})

test('no pair: with fewer than two picks the card asks for two; with one not yet in the table it says why', () => {
  const step = stepAfter(f1of2021, 'r01')
  expect(noPairWords([pick('max-verstappen')], step)).toBe('Pick two drivers for a head-to-head.')
  expect(noPairWords([], step, true)).toBe('Pick two teams for a head-to-head.')
  // Kubica first raced in round 13.
  const kubica = [pick('max-verstappen'), pick('robert-kubica')] as const
  expect(noPairWords(kubica, step)).toBe('Kubica is not in the Drivers table after R1.')
  expect(cardPair(f1of2021.season, ...kubica, step, () => false)).toBeNull()
})
