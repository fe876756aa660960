import { expect, test } from 'vitest'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { permutationsOf } from '../../src/model/season-scenarios.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

// The permutations as the view, the booth board, the card and `pitboard permutations` show them
// (docs/scoring-rules.md#permutations), over shipped seasons.
async function view(season: string, championship: string, after: string) {
  const model = buildSeasonModel(await shippedFiles(season))
  const step = model.standings.scored.findIndex((r) => r.race.race.id === after)
  return permutationsOf(model, championship, step)
}
const brief = (v: Awaited<ReturnType<typeof view>>) =>
  v?.rows.map((row) => [row.result, row.clinches, row.cells.join(' | ')])

test('published: before Japan 2022 — Leclerc out if outscored by Verstappen by 8, Pérez by 6', async () => {
  // Published: 112 points were left after Suzuka; Verstappen led Leclerc by 104, Pérez by 106.
  const v = await view('f1/2022', 'drivers', 'r17')
  expect([v?.leader, v?.race, v?.raceId, v?.by]).toEqual([
    'Verstappen',
    'round 18, Japan',
    'r18',
    'place',
  ])
  expect(v?.rivals).toEqual([
    {
      id: 'charles-leclerc',
      name: 'Leclerc',
      line: 'Out if outscored by Verstappen by 8 points or more.',
    },
    {
      id: 'sergio-perez',
      name: 'Pérez',
      line: 'Out if outscored by Verstappen by 6 points or more.',
    },
  ])
  expect(brief(v)?.[0]).toEqual(['1st', 'if', '3rd or lower | any result'])
  expect(brief(v)?.at(-1)).toEqual(['not classified', 'never', 'in contention | in contention'])
})

test('generated: Red Bull cannot clinch the 2022 Constructors title in Japan — a Grand Prix takes its comma in the rivals’ lines', async () => {
  const v = await view('f1/2022', 'constructors', 'r17')
  expect(v?.rivals).toEqual([
    {
      id: 'ferrari',
      name: 'Ferrari',
      line: 'Still in contention after round 18, Japan, whatever happens.',
    },
    {
      id: 'mercedes',
      name: 'Mercedes',
      line: 'Out unless outscoring Red Bull by 13 points or more.',
    },
  ])
})

test('published: no clinch in race 11 of 2023 — Sargent and Martin in contention whatever happens, the others out unless they outscore Dickinson', async () => {
  const v = await view('ccna/2023', 'pro', 'r10')
  expect(v?.rivals.slice(0, 4).map((r) => [r.name, r.line])).toEqual([
    ['Sargent', 'Still in contention after race 11 whatever happens.'],
    ['Martin', 'Still in contention after race 11 whatever happens.'],
    ['Hart', 'Out unless outscoring Dickinson by 1 point or more.'],
    ['Sedgwick', 'Out unless outscoring Dickinson by 1 point or more.'],
  ])
  // On a row that cannot clinch only the rivals who keep it open are named.
  expect(brief(v)).toEqual([
    ['any place', 'never', 'in contention | in contention | — | — | — | — | —'],
    ['not classified', 'never', 'in contention | in contention | — | — | — | — | —'],
  ])
  // Races 11 and 12 together can.
  expect([v?.weekend?.races, v?.weekend?.raceIds]).toEqual(['races 11 and 12', ['r11', 'r12']])
})

test('published: Mercedes took the 2016 Constructors title at Suzuka — a team by points, named whole', async () => {
  const v = await view('f1/2016', 'constructors', 'r16')
  expect([v?.championship, v?.leader, v?.by, v?.weekend]).toEqual([
    'Constructors',
    'Mercedes',
    'points',
    null,
  ])
  expect(v?.rivals).toEqual([
    {
      id: 'red-bull',
      name: 'Red Bull',
      line: 'Out unless outscoring Mercedes by 23 points or more.',
    },
  ])
  expect(brief(v)).toEqual([
    ['21 points or more', 'always', 'any result'],
    ['0–20 points', 'if', 'at most 22 points more'],
  ])
})

test('a driver yet to race is a rival without an id or a margin', async () => {
  const v = await view('mustang/2026', 'dhl', 'r05')
  expect(v?.rivals.at(-1)).toEqual({ id: null, name: 'a driver yet to race', line: null })
  expect(v?.rivals[0]).toEqual({
    id: 'joseph-dederichs',
    name: 'Dederichs',
    line: 'Out unless outscoring Salvatore by 30 points or more.',
  })
})
