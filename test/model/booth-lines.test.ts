import { expect, test } from 'vitest'
import { boothLines } from '../../src/model/booth-lines.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { summaryOf } from '../../src/model/season-scenarios.ts'
import { applyWhatIf, type ImaginedRace } from '../../src/model/what-if.ts'
import { filesOf, makeSeason, order, results } from '../fixtures/build.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

// The lines a commentator reads out (docs/dashboard.md#booth), with the title scenarios of the
// step as the booth shows them. Live and provisional weekends: weekend-status.test.ts.
const ccna = await shippedFiles('ccna/2023')
type Model = ReturnType<typeof buildSeasonModel>
const stepAfter = (model: Model, race: string) =>
  model.standings.scored.findIndex((r) => r.race.race.id === race)
const texts = (model: Model, championship: string, after: string) => {
  const step = stepAfter(model, after)
  return boothLines(model, championship, step, summaryOf(model, championship, step)).map(
    (line) => line.text,
  )
}

test('published: after race 8 of 2023 Dickinson led Sargent by 63 and Martin by 76, 8 races of 28 points left', () => {
  expect(texts(buildSeasonModel(ccna), 'pro', 'r08')).toEqual([
    'Dickinson has won 5 of 8 Pro races and leads Sargent by 63.',
    'Sargent has 6 podiums in 8 starts, 63 behind with 224 still to play for.',
    'Martin has 4 podiums in 8 starts, 76 behind with 224 still to play for.',
    'Dickinson has the most poles, 5.',
  ])
})

test('published: Verstappen champion at Suzuka 2022 — 12 wins of 18, 113 ahead of Pérez, Leclerc a point further back', async () => {
  // Starts and podiums count Grands Prix, not sprints: "in 18 Grands Prix".
  expect(texts(buildSeasonModel(await shippedFiles('f1/2022')), 'drivers', 'r18')).toEqual([
    'Verstappen has won 12 of 18 Grands Prix and leads Pérez by 113.',
    'Pérez has 9 podiums in 18 Grands Prix and can no longer win the title.',
    'Leclerc has 9 podiums in 18 Grands Prix and can no longer win the title.',
    'Leclerc has the most poles, 9.',
  ])
})

test('published: level on 369.5 before Abu Dhabi 2021, Verstappen ahead on wins; bug: Hamilton was "0 behind"', async () => {
  const lines = texts(buildSeasonModel(await shippedFiles('f1/2021')), 'drivers', 'r21')
  expect(lines[0]).toBe(
    'Verstappen has won 9 of 21 Grands Prix and is level with Hamilton on 369.5.',
  )
  // Not "0 behind".
  expect(lines[1]).toBe(
    'Hamilton has 16 podiums in 21 Grands Prix, level on points with 26 still to play for.',
  )
  expect(lines[2]).toBe('Bottas has 11 podiums in 21 Grands Prix and can no longer win the title.')
})

test('bug: the booth called Carrera Cup teams "Racing" and "Motorsports" — a team is named whole; bug: "1 of 1 Entrants race" — a teams table is no class', () => {
  expect(texts(buildSeasonModel(ccna), 'teams', 'r01').slice(0, 3)).toEqual([
    'Kellymoss has won 1 of 1 race and leads McElrea Racing by 5.',
    'McElrea Racing has 1 podium in 1 race, 5 behind with 375 still to play for.',
    'MDK Motorsports has 1 podium in 1 race, 8 behind with 375 still to play for.',
  ])
})

test('bug: a team had "1 podium in 5 starts" after one race — its five cars\' starts; a team\'s podiums are of its races', () => {
  // Entrants are ranked by their best car, one place a race (season.json); the shipped season's
  // final table: Kellymoss 372, McElrea Racing 276.
  expect(texts(buildSeasonModel(ccna), 'teams', 'r16')).toEqual([
    'Kellymoss has won 11 of 16 races and leads McElrea Racing by 96.',
    'McElrea Racing has 10 podiums in 16 races and can no longer win the title.',
    'JDX Racing has 9 podiums in 16 races and can no longer win the title.',
    // Its cars' poles, a class each: more than the races.
    "Kellymoss's cars have the most poles, 22.",
  ])
})

test('bug: "Hulme has won 2 of 11 Drivers Grands Prix" (1967) — the class word is the class counted, not the table', async () => {
  // 1967 ran Formula Two cars in the German GP (class f2); the Drivers' table counts F1 only.
  // Published: Hulme champion on 51, Brabham 46; Hulme won Monaco and the Nürburgring.
  const lines = texts(buildSeasonModel(await shippedFiles('f1/1967')), 'drivers', 'r11')
  expect(lines[0]).toBe('Hulme has won 2 of 11 F1 Grands Prix and leads Brabham by 5.')
  // The Junior table of 2023 ranks Pro drivers: its wins are of Pro races.
  expect(texts(buildSeasonModel(ccna), 'junior', 'r08')[0]).toMatch(/ of 8 Pro races /)
})

test('a championship the season does not have has no lines', () => {
  expect(boothLines(buildSeasonModel(ccna), 'nope', 3, null)).toEqual([])
})

/** The 2023 season with `races` imagined (entry ids in finishing order, no bonuses). */
const imagined = (races: ReadonlyArray<[string, ReadonlyArray<string>]>) =>
  buildSeasonModel(
    {
      ...ccna,
      imagined: races.map(([race, order]): ImaginedRace => ({
        by: 'entry',
        race,
        order,
        pole: null,
        fastestLap: null,
      })),
    },
    applyWhatIf,
  )
const projection = (model: Model, after: string) =>
  boothLines(model, 'pro', stepAfter(model, after), null)[0]

test('bug: a what-if on a race already run compared with its real result, not with the standings before it', () => {
  // Before race 11 Dickinson led Sargent by 103; the real race 11 took it to 119.
  const line = (order: ReadonlyArray<string>) => projection(imagined([['r11', order]]), 'r11')
  expect(line(['tom-sargent', 'riley-dickinson'])).toEqual({
    kind: 'projection',
    word: 'HYPOTHETICAL',
    text: 'If race 11 ended as imagined, Dickinson would lead Sargent by 98, 5 fewer than before the race.',
  })
  expect(line(['riley-dickinson', 'tom-sargent'])?.text).toBe(
    'If race 11 ended as imagined, Dickinson would lead Sargent by 108, 5 more than before the race.',
  )
  // Neither scores: the gap is unchanged.
  expect(line(['jason-hart'])?.text).toBe(
    'If race 11 ended as imagined, Dickinson would lead Sargent by 103, as before the race.',
  )
  // Martin's win puts him second (108 − 25 = 83 behind): no change to compare.
  expect(line(['will-martin'])?.text).toBe(
    'If race 11 ended as imagined, Dickinson would lead Martin by 83.',
  )
})

test('several imagined races are compared with the standings before the first of them', () => {
  const model = imagined([
    ['r11', ['tom-sargent', 'riley-dickinson']],
    ['r12', ['tom-sargent', 'riley-dickinson']],
  ])
  expect(projection(model, 'r12')?.text).toBe(
    'If races 11 and 12 ended as imagined, Dickinson would lead Sargent by 93, 10 fewer than before those races.',
  )
})

test('a class of one has no one to lead; nobody with a pole has no poles line; a projection level on points says so', () => {
  // A hand-made season (test/fixtures/build.ts): Carrera Cup points, no pole or fastest lap set.
  const season = makeSeason()
  const r01 = results('r01', order(['1', '2']))
  const alone = buildSeasonModel({ season, files: filesOf(results('r01', order(['1']))) })
  expect(boothLines(alone, 'pro', 0, null).map((line) => line.text)).toEqual([
    'Driver 01 has won 1 of 1 Pro race.',
  ])
  // Race 2 running with Driver 02 ahead: 45 each if it finished now.
  const live = buildSeasonModel({
    season,
    files: filesOf(r01, results('r02', order(['2', '1']), 'live')),
  })
  expect(boothLines(live, 'pro', 1, null)).toEqual([
    {
      kind: 'projection',
      word: 'LIVE',
      text: 'If round 2, Round 2, finished now, Driver 01 would be level with Driver 02 on 45.',
    },
    {
      kind: 'fact',
      word: null,
      text: 'Driver 01 has won 1 of 1 Pro race and leads Driver 02 by 5.',
    },
    { kind: 'fact', word: null, text: 'Driver 02 has 1 podium in 1 start.' },
  ])
})

test('the class word is the one class a championship counts, and none where it counts several or the season has one', () => {
  // Race 1: Driver 01 wins Pro, Driver 05 Am (its class's first place).
  const season = makeSeason()
  const r01 = results('r01', [...order(['1', '2']), ...order(['5'], { 5: { class: 'am' } })])
  const first = (model: Model, championship: string) =>
    boothLines(model, championship, 0, null)[0]?.text
  expect(first(buildSeasonModel({ season, files: filesOf(r01) }), 'am')).toBe(
    'Driver 05 has won 1 of 1 Am race.',
  )
  // Pro and Am in one table: no class names its races.
  const both = makeSeason({
    championships: [{ id: 'both', name: 'Both', kind: 'drivers', classes: ['pro', 'am'] }],
  })
  expect(first(buildSeasonModel({ season: both, files: filesOf(r01) }), 'both')).toBe(
    'Driver 01 has won 1 of 1 race and is level with Driver 05 on 25.',
  )
  // A season of one class: its races are just races.
  const one = makeSeason({ classes: [{ id: 'pro', name: 'Pro', color: '#f28c28' }] })
  const r01Pro = results('r01', order(['1', '2']))
  expect(first(buildSeasonModel({ season: one, files: filesOf(r01Pro) }), 'pro')).toBe(
    'Driver 01 has won 1 of 1 race and leads Driver 02 by 5.',
  )
})

test('races a championship does not count are not among the races it has won', () => {
  // Two races run; the Pro table counts race 2 only: Driver 02 has won 1 of 1.
  const season = makeSeason({
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'], races: ['r02'] }],
  })
  const files = filesOf(results('r01', order(['1', '2'])), results('r02', order(['2', '1'])))
  expect(boothLines(buildSeasonModel({ season, files }), 'pro', 1, null)[0]?.text).toBe(
    'Driver 02 has won 1 of 1 Pro race and leads Driver 01 by 5.',
  )
})

test('no lines for a table nobody is in yet; a projection needs two to compare', () => {
  const season = makeSeason()
  // Nobody has raced in Am after race 1.
  const r01 = results('r01', order(['1']))
  expect(boothLines(buildSeasonModel({ season, files: filesOf(r01) }), 'am', 0, null)).toEqual([])
  // Race 2 running with Driver 01 alone: no one to lead, so no projection; the facts stay.
  const live = buildSeasonModel({
    season,
    files: filesOf(r01, results('r02', order(['1']), 'live')),
  })
  expect(boothLines(live, 'pro', 1, null)).toEqual([
    { kind: 'fact', word: null, text: 'Driver 01 has won 1 of 1 Pro race.' },
  ])
})

test('bug: a teams table counting one class of several named its races without the class ("1 of 1 race")', () => {
  // Pro teams only: t1's Driver 01 wins Pro; Driver 05 wins Am for t2, which this table ignores.
  const season = makeSeason({
    championships: [{ id: 'pro-teams', name: 'Pro teams', kind: 'teams', classes: ['pro'] }],
  })
  const r01 = results('r01', [
    ...order(['1', '2'], { 2: { team: 't2' } }),
    ...order(['5'], { 5: { class: 'am', team: 't2' } }),
  ])
  const model = buildSeasonModel({ season, files: filesOf(r01) })
  expect(boothLines(model, 'pro-teams', 0, null)[0]?.text).toBe(
    'Team 1 has won 1 of 1 Pro race and leads Team 2 by 5.',
  )
})
