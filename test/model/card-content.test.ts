import { expect, test } from 'vitest'
import { broadcastCard } from '../../src/export/broadcast-card.ts'
import { cardContent, type CardRequest } from '../../src/model/card-content.ts'
import { allClassesAt } from '../../src/model/all-classes.ts'
import { formatPoints } from '../../src/model/format-points.ts'
import { pairStanding, pairStandingSentence } from '../../src/model/pair-standing.ts'
import { shownName } from '../../src/model/provenance.ts'
import { lineStyle } from '../../src/model/line-palette.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'
import { shippedModel, summaryAfter } from '../fixtures/shipped-summary.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { filesOf, makeSeason, order, results } from '../fixtures/build.ts'

/*
 * What the cards say (issue 25, "On air"): the clinch card's numbers behind its sentence, the
 * head-to-head's gap (across classes too), and All classes as the All classes table.
 */
const f1 = await shippedModel('f1/2022')
const ccna = await shippedModel('ccna/2023')
const ALL = ['pro', 'pro-am', 'am']

function request(
  model: typeof f1,
  champ: string,
  after: string,
  more: Partial<CardRequest> = {},
): CardRequest {
  const summary = summaryAfter(model, champ, after)
  return {
    championship: champ,
    step: stepAfter(model.standings, after),
    compare: [],
    source: 'official',
    outlook: summary.outlook,
    permutations: summary.permutations,
    pointsLeft: summary,
    ...more,
  }
}

test('the clinch card carries the numbers behind its sentence and the leader’s line of the table', () => {
  // F1 2022 before Japan: Verstappen 341, Leclerc 237; 5 Grands Prix and a sprint left.
  const { clinch } = cardContent(f1, request(f1, 'drivers', 'r17'))!
  expect(clinch.numbers).toEqual([
    { label: 'Points', value: '341' },
    { label: 'Lead over Leclerc', value: '104' },
    { label: 'Points left', value: '138', detail: '5 Grands Prix and 1 sprint' },
  ])
  expect(clinch.line).toEqual({
    heading: 'Verstappen clinches in round 18, Japan, if …',
    row: {
      result: '1st',
      clinches: 'if',
      conditions: ['Leclerc 3rd or lower'],
      alwaysWith: 'with the fastest lap',
      stands: 2,
    },
  })
  const svg = broadcastCard('clinch', 'wide', cardContent(f1, request(f1, 'drivers', 'r17'))!)
  for (const said of ['>341<', '>104<', '>138<', '>LEAD OVER LECLERC<', '>Leclerc 3rd or lower<'])
    expect(svg).toContain(said)
})

test('the clinch numbers of a reconstructed season are its table’s; none left once it is over', () => {
  const step = stepAfter(ccna.standings, 'r11')
  const [leader, second] = ccna.championship('pro')!.table(step)
  const { clinch } = cardContent(ccna, request(ccna, 'pro', 'r11'))!
  expect(clinch.numbers?.slice(0, 2)).toEqual([
    { label: 'Points', value: formatPoints(leader!.points) },
    { label: 'Lead over Sargent', value: formatPoints(second!.gapToLeader) },
  ])
  expect(clinch.line?.row).toMatchObject({ result: '1st', clinches: 'always' })
  const last = ccna.standings.scored.at(-1)!.race.race.id
  const over = cardContent(ccna, request(ccna, 'pro', last))!.clinch
  expect(over.numbers?.map((n) => n.label)).toEqual(['Points', 'Lead over Sargent'])
  expect(over.line).toBeNull()
})

test('the head-to-head card has the gap as its figure, in the words of the head-to-head view', async () => {
  const pair = cardContent(
    f1,
    request(f1, 'drivers', 'r17', { compare: ['max-verstappen', 'charles-leclerc'] }),
  )!.h2h!
  expect(pair.gap).toEqual({
    figure: '104',
    sentence: 'Verstappen (1st) 341 – Leclerc (2nd) 237: Verstappen 104 points ahead.',
  })
  expect(pair.classes).toBeNull()
  // Across classes from All classes: each in its own class, both badges, said plainly.
  const standings = await shippedSeason('ccna/2023')
  const step = stepAfter(standings, 'r08')
  const cross = cardContent(ccna, {
    ...request(ccna, 'pro', 'r08'),
    allClasses: ALL,
    compare: ['riley-dickinson', 'efrin-castro'],
  })!
  const standing = pairStanding(
    { progression: championship(standings, 'pro'), id: 'riley-dickinson' },
    { progression: championship(standings, 'pro-am'), id: 'efrin-castro' },
    step,
  )!
  expect(cross.h2h?.gap.sentence).toBe(pairStandingSentence(standing))
  expect(cross.h2h?.gap.sentence).toMatch(/in different classes\.$/)
  expect(cross.h2h?.gap.figure).toBe(formatPoints(Math.abs(standing.a.points - standing.b.points)))
  expect(cross.h2h?.classes?.map((tag) => tag?.name)).toEqual(['Pro', 'Pro-Am'])
  const svg = broadcastCard('h2h', 'wide', cross)
  expect(svg).toContain('All classes</text>')
  expect(svg).not.toContain('Pick two')
  expect(svg).toMatch(/>Pro<\/text>.*>Pro-Am<\/text>/)
  expect(svg).toContain(
    `class="gap-figure" text-anchor="middle" font-weight="800">${cross.h2h?.gap.figure}<`,
  )
})

test('All classes: the All classes table on the card, class badges and places in class, never Pro', async () => {
  const step = stepAfter(ccna.standings, 'r08')
  const card = cardContent(ccna, { ...request(ccna, 'pro', 'r08'), allClasses: ALL })!
  const standings = await shippedSeason('ccna/2023')
  const expected = allClassesAt(
    ALL.map((id) => championship(standings, id)),
    step,
  )
  expect(card.title).toBe('Porsche Carrera Cup North America 2023 · All classes')
  expect(card.allClasses).toBe(true)
  expect(card.standings.map((row) => row.name)).toEqual(
    expected.map((item) => shownName(item.row.name)),
  )
  expect(card.standings.map((row) => row.classPosition)).toEqual(
    expected.map((item) => item.row.position),
  )
  expect(new Set(card.standings.map((row) => row.classTag?.name))).toEqual(
    new Set(['Pro', 'Pro-Am', 'Am']),
  )
  const pro = cardContent(ccna, request(ccna, 'pro', 'r08'))!
  expect(card.standings.map((row) => row.name)).not.toEqual(pro.standings.map((row) => row.name))
  const svg = broadcastCard('standings', 'wide', card)
  expect(svg).toContain('>IN CLASS</text>')
  expect(svg).toContain('>CLASS GAP</text>')
  for (const badge of ['Pro', 'Pro-Am', 'Am']) expect(svg).toContain(`>${badge}</text>`)
  // The clinch card on All classes is still the focus championship's.
  expect(broadcastCard('clinch', 'wide', card)).toContain('2023 · Pro</text>')
})

test('bug: the gap card coloured lines by pick order — Sargent picked first took Dickinson’s colour from the chart', () => {
  // Published 2023 Pro: Dickinson champion, Sargent 2nd. The chart styles each entry by its final
  // place (Dickinson the first style, Sargent the second) whatever order they were picked in.
  const { gap } = cardContent(
    ccna,
    request(ccna, 'pro', 'r08', { compare: ['tom-sargent', 'riley-dickinson'] }),
  )!
  expect(gap.lines.map((line) => [line.endName, line.style])).toEqual([
    ['Sargent', lineStyle(1)],
    ['Dickinson', lineStyle(0)],
  ])
})

test('the card names the season, the race and how its results were obtained; with one pick it asks for two', () => {
  const card = cardContent(
    ccna,
    request(ccna, 'pro', 'r08', {
      source: 'reconstructed',
      compare: ['tom-sargent'],
      transparent: true,
    }),
  )!
  expect([card.title, card.subtitle, card.marking, card.reconstructed, card.transparent]).toEqual([
    'Porsche Carrera Cup North America 2023 · Pro',
    'Standings after R8 · Watkins Glen',
    'reconstructed',
    true,
    true,
  ])
  expect(card.gap.labels).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'])
  expect([card.h2h, card.noPair]).toEqual([null, 'Pick two drivers for a head-to-head.'])
  expect(card.clinch).toMatchObject({
    leader: 'Dickinson',
    text: 'Dickinson cannot clinch the Pro title in race 9.',
    placeholder: false,
  })
})

test('bug: a constructors card asked to "Pick two drivers" and counted one driver’s points left — teams both', async () => {
  const f1of2016 = await shippedModel('f1/2016')
  const card = cardContent(f1of2016, request(f1of2016, 'constructors', 'r16'))!
  expect([card.marking, card.reconstructed, card.noPair]).toEqual([
    null,
    false,
    'Pick two teams for a head-to-head.',
  ])
  // Mercedes 553 after Malaysia, 194 ahead of Red Bull (the standings after every race are the
  // published ones: test/data/f1-seasons.test.ts); two cars take 43 a Grand Prix.
  expect(card.clinch.numbers).toEqual([
    { label: 'Points', value: '553' },
    { label: 'Lead over Red Bull', value: '194' },
    { label: 'Points left', value: '215', detail: '5 Grands Prix' },
  ])
})

test('no card for a championship the season lacks or a race not run; five lines at most; the defaults', () => {
  expect(cardContent(ccna, { ...request(ccna, 'pro', 'r08'), championship: 'nope' })).toBeNull()
  expect(cardContent(ccna, { ...request(ccna, 'pro', 'r08'), step: 99 })).toBeNull()
  // Six picked: the gap card draws the first five.
  const five = ['riley-dickinson', 'tom-sargent', 'will-martin', 'jason-hart', 'alex-sedgwick']
  const card = cardContent(
    ccna,
    request(ccna, 'pro', 'r08', { compare: [...five, 'michael-mccann'] }),
  )!
  expect(card.gap.lines.map((line) => line.endName)).toHaveLength(5)
  // Two or more: a head-to-head, and nothing asks for a second pick.
  expect(card.h2h).not.toBeNull()
  expect('noPair' in card).toBe(false)
  expect(card.transparent).toBe(false)
  // No outlook worked out: the leader from the table, and no sentence.
  const quiet = cardContent(ccna, request(ccna, 'pro', 'r08', { outlook: null }))!
  expect([quiet.clinch.leader, quiet.clinch.text]).toEqual(['Riley Dickinson', ''])
})

test('a leader whose name was not published is marked on the clinch card', () => {
  // A hand-made season (test/fixtures/build.ts) whose race 1 winner has no published name.
  const season = makeSeason()
  const named = {
    ...season,
    drivers: season.drivers.map((d) =>
      d.id === 'd1' ? { ...d, name: 'Pro entry A (driver not published)' } : d,
    ),
  }
  const model = buildSeasonModel({
    season: named,
    files: filesOf(results('r01', order(['1', '2']))),
  })
  const card = (championship: string) =>
    cardContent(model, { championship, step: 0, compare: [], source: 'official', outlook: null })!
  expect([card('pro').clinch.leader, card('pro').clinch.placeholder]).toEqual(['Pro entry A', true])
  expect(cardContent(ccna, request(ccna, 'pro', 'r06'))!.clinch.placeholder).toBe(false)
})
