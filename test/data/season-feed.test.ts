import { expect, test } from 'vitest'
import { contentVersion } from '../../src/data/content-version.ts'
import { refreshSeason } from '../../src/data/live-season.ts'
import type { RaceResults } from '../../src/engine/types.ts'
import { makeSeason, order, results } from '../fixtures/build.ts'
import { memoryReader, Unreadable } from '../fixtures/memory-reader.ts'

const season = makeSeason()
const r01 = results('r01', order(['1', '2', '3']))
const live = (cars: ReadonlyArray<string>): RaceResults => results('r02', order(cars), 'live')
const text = (value: unknown) => JSON.stringify(value, null, 2)

/** A folder with a manifest that tells the truth about its files. */
function withManifest(files: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const versions = Object.fromEntries(
    Object.entries(files).map(([path, value]) => [
      path,
      { version: contentVersion(typeof value === 'string' ? value : text(value)) },
    ]),
  )
  return memoryReader('s', {
    ...files,
    ...extra,
    'manifest.json': { format: 'pitboard-manifest/1', files: versions },
  })
}

const base = { 'season.json': season, 'results/r01.json': r01 }

test('with a manifest, an unchanged poll is one request and returns the same data', async () => {
  const reader = withManifest({ ...base, 'results/r02.json': live(['1', '2']) })
  const first = await refreshSeason('s', reader, undefined, () => 1_000)
  // The first read asks for season.json alongside the manifest (one round trip less).
  expect(reader.reads).toEqual([
    's/season.json',
    's/manifest.json',
    `s/results/r01.json?v=${contentVersion(text(r01))}`,
    `s/results/r02.json?v=${contentVersion(text(live(['1', '2'])))}`,
  ])
  reader.reads.length = 0
  const second = await refreshSeason('s', reader, first, () => 2_000)
  expect(reader.reads).toEqual(['s/manifest.json'])
  expect(second.files).toBe(first.files)
  expect(second.season).toBe(first.season)
  expect(second.fetchedAt).toBe(2_000)
})

test('a changed version fetches that file alone; a file the manifest does not list is not requested', async () => {
  const first = await refreshSeason(
    's',
    withManifest({ ...base, 'results/r02.json': live(['1', '2']) }),
    undefined,
  )
  const reader = withManifest({ ...base, 'results/r02.json': live(['2', '1']) })
  const second = await refreshSeason('s', reader, first)
  expect(reader.reads).toEqual([
    's/manifest.json',
    `s/results/r02.json?v=${contentVersion(text(live(['2', '1'])))}`,
  ])
  const r02 = second.files.get('r02')
  expect(r02?.kind === 'results' && r02.results.rows[0]?.car).toBe('2')
  // r03..r0n exist in season.json but not in the manifest: never asked for.
  expect(reader.reads.some((path) => path.includes('r03'))).toBe(false)
})

test('a changed file that fails keeps its last good version and is fetched again next poll', async () => {
  const first = await refreshSeason(
    's',
    withManifest({ ...base, 'results/r02.json': live(['1', '2']) }),
    undefined,
    () => 1_000,
  )
  const failing = withManifest(
    { ...base, 'results/r02.json': live(['2', '1']) },
    { 'results/r02.json': new Unreadable('HTTP 500') },
  )
  const second = await refreshSeason('s', failing, first, () => 2_000)
  expect(second.staleSince).toEqual(new Map([['r02', 1_000]]))
  const fixed = withManifest({ ...base, 'results/r02.json': live(['2', '1']) })
  const third = await refreshSeason('s', fixed, second, () => 3_000)
  expect(fixed.reads).toHaveLength(2)
  expect(third.staleSince.size).toBe(0)
})

test('an unusable manifest is reported and every file is read instead; a failing one is an error', async () => {
  const reader = memoryReader('s', { ...base, 'manifest.json': { format: 'nope', files: {} } })
  const read = await refreshSeason('s', reader, undefined)
  expect(read.files.get('r01')?.kind).toBe('results')
  expect(read.warnings.map((w) => `${w.file}: ${w.path}: ${w.message}`)).toContain(
    'manifest.json: format: expected "pitboard-manifest/1", got "nope"; every file is read instead',
  )
  expect(read.feed).toBeNull()
  const down = memoryReader('s', { ...base, 'manifest.json': new Unreadable('HTTP 500') })
  await expect(refreshSeason('s', down, read)).rejects.toThrow('manifest.json: HTTP 500')
})
