import { expect, test } from 'vitest'
import type { PermutationsDocument } from '../../src/export/permutations-document.ts'
import { pitboard } from '../fixtures/run-cli.ts'

test('pitboard permutations --format json: the documented shape, the 2022 Japan table (docs/cli.md#permutations)', () => {
  const run = pitboard('permutations', 'public/data/f1/2022', '--after', 'r17', '--format', 'json')
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  const document = JSON.parse(run.stdout) as PermutationsDocument
  expect(document.afterRace).toBe('r17')
  const drivers = document.championships.find((c) => c.id === 'drivers')!
  expect(drivers).toMatchObject({
    outlook: 'can-clinch',
    race: { id: 'r18', name: 'round 18, Japan' },
    leader: 'Verstappen',
    by: 'place',
    weekend: null,
  })
  expect(drivers.rivals.map((r) => r.name)).toEqual(['Leclerc', 'Pérez'])
  const win = drivers.outcomes.find((o) => o.place === 1 && !o.fastestLap && !o.pole)!
  expect(win.clinches).toBe('if')
  expect(win.rivals[0]).toEqual({
    mostPoints: 16,
    places: [
      { pole: false, fastestLap: false, from: 3, unclassified: true },
      { pole: false, fastestLap: true, from: 3, unclassified: false },
    ],
  })
  expect(drivers.outcomes.find((o) => o.place === 1 && o.fastestLap)?.clinches).toBe('always')
  // Every place has its outcomes, those of a row merging places too ("8th–10th").
  expect(drivers.outcomes.filter((o) => !o.fastestLap).map((o) => o.place)).toEqual([
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    null,
  ])
  expect(drivers.outcomes.filter((o) => o.orLower).map((o) => o.place)).toEqual([11])
  // The constructors: a team adding its cars up goes by points.
  expect(document.championships.find((c) => c.id === 'constructors')?.by).toBe('points')
})

test('pitboard permutations: the table and the sentence; a Carrera Cup weekend table; mistakes are usage errors', () => {
  const table = pitboard(
    'permutations',
    'public/data/f1/2022',
    '--after',
    'r17',
    '--championship',
    'drivers',
  )
  expect(table.code).toBe(0)
  expect(table.stdout).toContain(
    'Verstappen clinches the Drivers title in round 18, Japan, by winning',
  )
  expect(table.stdout).toMatch(/1st \+ fastest lap\s+always\s+any result\s+any result/)
  expect(table.stdout).toContain('Leclerc: Out if outscored by Verstappen by 8 points or more.')
  // "—" said under the table that has one.
  expect(table.stdout).toMatch(
    /\nnot classified +never +in contention +in contention\n— on a row that cannot clinch: the rival's result does not matter, because another rival stays in contention whatever happens\.\n/,
  )
  // Before race 11 of 2023 no result of race 11 alone clinches, but races 11 and 12 together can.
  const ccna = pitboard(
    'permutations',
    'public/data/ccna/2023',
    '--after',
    'r10',
    '--championship',
    'pro',
  )
  expect(ccna.stdout).toContain(
    'Dickinson cannot clinch the Pro title in race 11, but can over races 11 and 12 by ',
  )
  expect(ccna.stdout).toContain('Dickinson over races 11 and 12')
  expect(ccna.stdout).toMatch(
    /\n28 points or more +if +outscored by 9 points or more +outscored by 5 points or more +any result/,
  )
  const wrong = pitboard('permutations', 'public/data/f1/2022', '--format', 'csv')
  expect(wrong.code).toBe(2)
  expect(wrong.stderr).toContain('--format must be table or json, not "csv"')
})
