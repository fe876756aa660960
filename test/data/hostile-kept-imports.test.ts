// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { KEPT, keptImportsDoor } from '../fixtures/doors/kept-imports.ts'
import { assertDoor } from '../fixtures/hostile.ts'

test('adversarial: damaged races kept in this browser are named and left out, never thrown on, never erased by the next import', async () => {
  await assertDoor(keptImportsDoor, 300, 13)
}, 60_000)

test('the judge accepts what the page itself keeps', async () => {
  expect(await keptImportsDoor.judge(JSON.stringify(KEPT))).toEqual({ kind: 'accepted' })
})

test('bug: one damaged kept race, or one damaged new driver, made every kept race unreadable, and the next import erased them all — the others are used, the damaged ones kept as they were', async () => {
  const damaged = {
    ...KEPT,
    races: { ...KEPT.races, r02: { file: 'r02.csv', results: { rows: 7 } } },
    drivers: [...KEPT.drivers, { id: 'not an id' }],
  }
  window.localStorage.clear()
  window.localStorage.setItem('pitboard-imports:data/test/2024', JSON.stringify(damaged))
  const { readLocalImports } = await import('../../src/data/local-imports.ts')
  const { saveLocalImport } = await import('../../src/data/keep-local-imports.ts')
  const local = readLocalImports('data/test/2024')
  expect([...local.races.keys()]).toEqual(['r01'])
  expect(local.drivers).toEqual(KEPT.drivers)
  expect(local.problems).toEqual([
    '"r02.csv": the imported copy is damaged and is ignored (kept as it was)',
    '1 damaged new entry is ignored (kept as it was)',
  ])
  saveLocalImport('data/test/2024', 'r03', {
    ...KEPT.races.r01,
    results: { ...KEPT.races.r01.results, race: 'r03' },
    drivers: [],
    teams: [],
  })
  const stored = JSON.parse(
    window.localStorage.getItem('pitboard-imports:data/test/2024') ?? '{}',
  ) as {
    races: Record<string, unknown>
    drivers: unknown
  }
  expect(Object.keys(stored.races).sort()).toEqual(['r01', 'r02', 'r03'])
  expect(stored.races.r02).toEqual({ file: 'r02.csv', results: { rows: 7 } })
  expect(stored.drivers).toEqual([...KEPT.drivers, { id: 'not an id' }])
})

test('an unreadable text is copied aside before the first write over it', async () => {
  window.localStorage.clear()
  window.localStorage.setItem('pitboard-imports:data/test/2024', '{"races": {"r01": tru')
  const { readLocalImports } = await import('../../src/data/local-imports.ts')
  const { saveLocalImport } = await import('../../src/data/keep-local-imports.ts')
  expect(readLocalImports('data/test/2024').problems).toEqual([
    "the results imported in this browser could not be read and are ignored (a copy is kept in this browser's storage as pitboard-imports:data/test/2024:damaged)",
  ])
  saveLocalImport('data/test/2024', 'r01', { ...KEPT.races.r01, drivers: [], teams: [] })
  expect(
    JSON.parse(window.localStorage.getItem('pitboard-imports:data/test/2024:damaged') ?? '[]'),
  ).toEqual(['{"races": {"r01": tru'])
})

test('bug: a damaged kept race with the id "__proto__" (a valid id) was erased by the next import', async () => {
  window.localStorage.clear()
  const text = `{"races":{"__proto__":{"file":"x.csv","results":7},"r01":${JSON.stringify(KEPT.races.r01)}},"drivers":[],"teams":[]}`
  window.localStorage.setItem('pitboard-imports:data/test/2024', text)
  const { saveLocalImport } = await import('../../src/data/keep-local-imports.ts')
  saveLocalImport('data/test/2024', 'r03', { ...KEPT.races.r01, drivers: [], teams: [] })
  const stored = window.localStorage.getItem('pitboard-imports:data/test/2024') ?? ''
  expect(Object.keys((JSON.parse(stored) as { races: object }).races).sort()).toEqual([
    '__proto__',
    'r01',
    'r03',
  ])
})
