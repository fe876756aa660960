import { CARD_KINDS, OVERLAY_FRAMES } from '../../src/export/card-kinds.ts'
import { SORT_KEYS } from '../../src/model/table-sort.ts'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { BOARDS, parseUrlState, toSearch, VIEWS, type UrlState } from '../../src/app/url-state.ts'
import { CHART_VIEWS as CHARTS } from '../../src/model/chart-lines.ts'

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
    frame: 'full',
    present: false,
    top: 5,
    board: 'standings',
    sort: { key: 'pos', ascending: true },
  })
})

test('frame=lower-third: the overlay as a lower third; anything else the full frame', () => {
  expect(parseUrlState('?view=overlay&card=gap&frame=lower-third').frame).toBe('lower-third')
  expect(parseUrlState('?frame=sideways').frame).toBe('full')
  expect(toSearch(parseUrlState('?view=overlay&frame=lower-third'))).toBe(
    '?view=overlay&frame=lower-third',
  )
})

test('presentation mode and the booth top N: on with present=1; top from 2 to 10, else 5', () => {
  expect(parseUrlState('?view=booth&present=1&top=3')).toMatchObject({ present: true, top: 3 })
  expect(parseUrlState('?present=yes&top=1').present).toBe(false)
  expect(parseUrlState('?top=1').top).toBe(5)
  expect(parseUrlState('?top=11').top).toBe(5)
  expect(parseUrlState('?top=-3').top).toBe(5)
  expect(toSearch(parseUrlState('?view=booth&present=1&top=10'))).toBe(
    '?view=booth&present=1&top=10',
  )
})

test('the Permutations view and the booth permutations board: view=permutations, board=permutations; anything else falls back', () => {
  expect(parseUrlState('?view=permutations&asOf=r17')).toMatchObject({
    view: 'permutations',
    asOf: 'r17',
  })
  expect(parseUrlState('?view=booth&present=1&board=permutations').board).toBe('permutations')
  expect(parseUrlState('?board=podium').board).toBe('standings')
  expect(parseUrlState('?view=permutation').view).toBe('standings')
  expect(parseUrlState('?view=overlay&card=permutations').card).toBe('permutations')
  expect(toSearch(parseUrlState('?view=booth&present=1&board=permutations'))).toBe(
    '?view=booth&present=1&board=permutations',
  )
  expect(toSearch(parseUrlState('?board=standings'))).toBe('')
})

test('nonsense values fall back to defaults instead of failing', () => {
  expect(
    parseUrlState(
      '?series=a%00b&season=20x3&view=podium&asOf=&compare=,,a b,ok&chart=pie&drops=maybe',
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
    frame: 'full',
    present: false,
    top: 5,
    board: 'standings',
    sort: { key: 'pos', ascending: true },
  })
})

test('bug: valid ids could not be linked — the address takes every id the data contract allows', () => {
  const long = 'd'.repeat(90)
  expect(
    parseUrlState(`?driver=j%C3%BCrgen-m%C3%BCller&compare=${long},%E5%91%A8%E5%86%A0%E5%AE%87`),
  ).toMatchObject({
    driver: 'jürgen-müller',
    compare: [long, '周冠宇'],
  })
  // …and nothing it refuses: spaces, commas inside an id, control characters, 201 characters.
  expect(parseUrlState(`?driver=a%20b`).driver).toBeNull()
  expect(parseUrlState(`?driver=a%07b`).driver).toBeNull()
  expect(parseUrlState(`?driver=${'d'.repeat(201)}`).driver).toBeNull()
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

test('sort=: a column and a direction, anything else the championship order', () => {
  expect(parseUrlState('?sort=wins-desc').sort).toEqual({ key: 'wins', ascending: false })
  expect(parseUrlState('?sort=name-asc').sort).toEqual({ key: 'name', ascending: true })
  expect(parseUrlState('?sort=wins').sort).toEqual({ key: 'pos', ascending: true })
  expect(parseUrlState('?sort=__proto__-asc').sort).toEqual({ key: 'pos', ascending: true })
  expect(toSearch(parseUrlState('?sort=pos-asc'))).toBe('')
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
  present: fc.boolean(),
  top: fc.integer({ min: 2, max: 10 }),
  board: fc.constantFrom(...BOARDS),
  sort: fc.record({ key: fc.constantFrom(...SORT_KEYS), ascending: fc.boolean() }),
  whatif: fc.uniqueArray(
    fc
      .record({
        race: idArb,
        by: fc.constantFrom('entry' as const, 'car' as const),
        cars: fc.uniqueArray(fc.stringMatching(/^[0-9]{1,3}$/), { minLength: 1, maxLength: 6 }),
        // Entry ids may be anything the data contract allows: no spaces, no commas.
        entries: fc.uniqueArray(fc.stringMatching(/^[^\s,]{1,20}$/u), {
          minLength: 1,
          maxLength: 6,
        }),
      })
      .chain(({ race, by, cars, entries }) => {
        const order = by === 'car' ? cars : entries
        return fc.record({
          by: fc.constant(by),
          race: fc.constant(race),
          order: fc.constant(order),
          pole: fc.option(fc.constantFrom(...order), { nil: null }),
          fastestLap: fc.option(fc.constantFrom(...order), { nil: null }),
        })
      }),
    { maxLength: 4, selector: (h) => h.race },
  ),
  card: fc.constantFrom(...CARD_KINDS),
  frame: fc.constantFrom(...OVERLAY_FRAMES),
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

test('a what-if link made before entries (car numbers, p pole, f fastest lap) still reads, and is written back as it was', () => {
  const state = parseUrlState('?series=ccna&season=2023&whatif=r12:17pf.53.9;r13:53.17;bad;r14:1.1')
  expect(state.whatif).toEqual([
    { by: 'car', race: 'r12', order: ['17', '53', '9'], pole: '17', fastestLap: '17' },
    { by: 'car', race: 'r13', order: ['53', '17'], pole: null, fastestLap: null },
  ])
  expect(toSearch(state)).toBe('?series=ccna&season=2023&whatif=r12:17pf.53.9&whatif=r13:53.17')
})

test('a what-if names entries by id (version 2): one parameter per race, reused car numbers no matter', () => {
  const search =
    '?whatif=2,r13,thomas-nepveu,,thomas-nepveu,bayley-hall,riley-dickinson&whatif=2,r14,,jürgen-müller,jürgen-müller'
  const state = parseUrlState(search)
  expect(state.whatif).toEqual([
    {
      by: 'entry',
      race: 'r13',
      order: ['thomas-nepveu', 'bayley-hall', 'riley-dickinson'],
      pole: 'thomas-nepveu',
      fastestLap: null,
    },
    { by: 'entry', race: 'r14', order: ['jürgen-müller'], pole: null, fastestLap: 'jürgen-müller' },
  ])
  expect(parseUrlState(toSearch(state))).toEqual(state)
  // A repeated entry, or a pole for someone not in the race, is a malformed race: dropped.
  expect(parseUrlState('?whatif=2,r13,,,a,a').whatif).toEqual([])
  expect(parseUrlState('?whatif=2,r13,zed,,a,b').whatif[0]?.pole).toBeNull()
})

test('bug: every address change made a new what-if, so the season was recomputed on every click', () => {
  const search = '?whatif=2,r13,,,a,b&whatif=r14:1.2'
  const onStandings = parseUrlState(`${search}&view=standings`)
  const onCharts = parseUrlState(`${search}&view=chart&asOf=r05`)
  expect(onCharts.whatif).toBe(onStandings.whatif)
  expect(parseUrlState('').whatif).toBe(parseUrlState('?view=chart').whatif)
})
