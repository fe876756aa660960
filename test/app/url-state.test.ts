import fc from 'fast-check'
import { expect, test } from 'vitest'
import {
  CARDS,
  CHARTS,
  parseUrlState,
  toSearch,
  VIEWS,
  type UrlState,
} from '../../src/app/url-state.ts'

test('the URL contract of the issue parses field by field', () => {
  expect(
    parseUrlState(
      '?series=ccna&season=2023&champ=pro&view=h2h&asOf=r08&compare=riley-dickinson,tom-sargent&driver=riley-dickinson',
    ),
  ).toEqual({
    series: 'ccna',
    season: 2023,
    champ: 'pro',
    view: 'h2h',
    asOf: 'r08',
    compare: ['riley-dickinson', 'tom-sargent'],
    driver: 'riley-dickinson',
    chart: 'gap',
    beforeDrops: false,
    live: true,
    whatif: [],
    card: 'standings',
  })
})

test('nonsense values fall back to defaults instead of failing', () => {
  expect(
    parseUrlState(
      '?series=<script>&season=20x3&view=podium&asOf=&compare=,,a b,ok&chart=pie&drops=maybe',
    ),
  ).toEqual({
    series: null,
    season: null,
    champ: null,
    view: 'standings',
    asOf: null,
    compare: ['ok'],
    driver: null,
    chart: 'gap',
    beforeDrops: false,
    live: true,
    whatif: [],
    card: 'standings',
  })
})

test('compare keeps the first of repeated ids and at most eight', () => {
  const ids = Array.from({ length: 12 }, (_, i) => `d${i % 10}`)
  expect(parseUrlState(`?compare=${ids.join(',')}`).compare).toEqual([
    'd0',
    'd1',
    'd2',
    'd3',
    'd4',
    'd5',
    'd6',
    'd7',
  ])
})

test('defaults are left out of the address, and commas stay readable', () => {
  const state = parseUrlState('?series=ccna&season=2023&compare=a,b&view=standings&chart=gap')
  expect(toSearch(state)).toBe('?series=ccna&season=2023&compare=a,b')
  expect(toSearch(parseUrlState(''))).toBe('')
})

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/)
const stateArb: fc.Arbitrary<UrlState> = fc.record({
  series: fc.option(idArb, { nil: null }),
  season: fc.option(fc.integer({ min: 1950, max: 2099 }), { nil: null }),
  champ: fc.option(idArb, { nil: null }),
  view: fc.constantFrom(...VIEWS),
  asOf: fc.option(idArb, { nil: null }),
  compare: fc.uniqueArray(idArb, { maxLength: 8 }),
  driver: fc.option(idArb, { nil: null }),
  chart: fc.constantFrom(...CHARTS),
  beforeDrops: fc.boolean(),
  live: fc.boolean(),
  whatif: fc.uniqueArray(
    fc
      .record({
        race: idArb,
        order: fc.uniqueArray(fc.stringMatching(/^[0-9]{1,3}$/), { minLength: 1, maxLength: 6 }),
      })
      .chain(({ race, order }) =>
        fc.record({
          race: fc.constant(race),
          order: fc.constant(order),
          pole: fc.option(fc.constantFrom(...order), { nil: null }),
          fastestLap: fc.option(fc.constantFrom(...order), { nil: null }),
        }),
      ),
    { maxLength: 4, selector: (h) => h.race },
  ),
  card: fc.constantFrom(...CARDS),
})

test('property: every state survives the trip through the address unchanged', () => {
  fc.assert(
    fc.property(stateArb, (state) => {
      expect(parseUrlState(toSearch(state))).toEqual(state)
    }),
  )
})

test('property: parsing any query string never throws and always gives a known view', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      const state = parseUrlState(text)
      expect(VIEWS).toContain(state.view)
      expect(CHARTS).toContain(state.chart)
    }),
  )
})

test('a what-if scenario reads and writes compactly: cars in order, p for pole, f for fastest lap', () => {
  const state = parseUrlState('?series=ccna&season=2023&whatif=r12:17pf.53.9;r13:53.17;bad;r14:1.1')
  expect(state.whatif).toEqual([
    { race: 'r12', order: ['17', '53', '9'], pole: '17', fastestLap: '17' },
    { race: 'r13', order: ['53', '17'], pole: null, fastestLap: null },
  ])
  expect(toSearch(state)).toBe('?series=ccna&season=2023&whatif=r12:17pf.53.9;r13:53.17')
})
