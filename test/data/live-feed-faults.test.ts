import { expect, test } from 'vitest'
import { freshnessAt, freshnessOf, staleReason } from '../../src/data/freshness.ts'
import { contentVersion } from '../../src/data/content-version.ts'
import { refreshInterval, refreshSeason, type LiveSeason } from '../../src/data/live-season.ts'
import { READ_WITHOUT_VALIDATORS_AFTER_MS } from '../../src/data/season-feed.ts'
import type { RaceResults } from '../../src/engine/types.ts'
import { makeSeason, order, results } from '../fixtures/build.ts'
import { memoryReader } from '../fixtures/memory-reader.ts'

/**
 * What a live viewer's poll does when the host misbehaves (issue 22 #2, #3; docs/deploying.md
 * #live-feed): a listed file that is not there, a manifest that goes backwards, validators that
 * lie, a manifest that turns into a web page.
 */
const season = makeSeason()
const r01 = results('r01', order(['1', '2', '3']))
const r02 = (cars: ReadonlyArray<string>, status: RaceResults['status'] = 'live') =>
  results('r02', order(cars), status)
const text = (value: unknown) => JSON.stringify(value, null, 2)

/** A folder whose manifest lists `listed`; `served` is what the server answers (default: the same). */
function host(
  listed: Record<string, unknown>,
  updatedAt = '2024-03-02T14:05:00Z',
  served: Record<string, unknown> = listed,
) {
  const files = Object.fromEntries(
    Object.entries(listed).map(([path, value]) => [path, { version: contentVersion(text(value)) }]),
  )
  return memoryReader('s', {
    ...served,
    'manifest.json': { format: 'pitboard-manifest/1', updatedAt, files },
  })
}

const points = (data: LiveSeason) =>
  [...data.files.keys()].filter((id) => data.files.get(id)?.kind === 'results')

test('a listed result that answers 404 or HTML on first load silently dropped that race (issue 22 #2)', async () => {
  const listed = {
    'season.json': season,
    'results/r01.json': r01,
    'results/r02.json': r02(['2', '1'], 'official'),
  }
  // The server has lost r01 (404, or the single-page fallback's HTML: both read as "missing").
  const served: Record<string, unknown> = { ...listed }
  delete served['results/r01.json']
  const first = await refreshSeason('s', host(listed, undefined, served), undefined, () => 1_000)
  expect(points(first)).toEqual(['r02'])
  // Named: the race's file is a fault of its own, not a race without a result.
  expect(first.files.get('r01')?.kind).toBe('invalid')
  expect(first.faults.map((f) => `${f.file}: ${f.message}`)).toEqual([
    'results/r01.json: listed in manifest.json, but the server answered "not found" (or a web page): left out of the standings until it loads',
  ])
  expect(first.unreadable).toEqual(['results/r01.json'])
  // Marked incomplete on screen, and asked for again soon though every result is official.
  const input = freshnessOf(first, { errorAt: 0, failing: false })
  expect([input.missingFiles, input.interval, input.weekend]).toEqual([['r01'], 5_000, false])
  expect([freshnessAt(input, 1_500), staleReason(input)]).toEqual(['stale', 'missing'])
  // The next poll, with the same manifest, asks for r01 again; once it loads the race counts.
  const back = host(listed)
  const second = await refreshSeason('s', back, first, () => 6_000)
  expect(back.reads).toContain(`s/results/r01.json?v=${contentVersion(text(r01))}`)
  expect(points(second).toSorted()).toEqual(['r01', 'r02'])
  expect(second.unreadable).toEqual([])
  expect(refreshInterval(second, false)).toBe(30_000)
})

test('a manifest that goes backwards flipped the page back to older numbers labelled live (issue 22 #3)', async () => {
  const newer = {
    'season.json': season,
    'results/r01.json': r01,
    'results/r02.json': r02(['2', '1']),
  }
  const older = { ...newer, 'results/r02.json': r02(['1', '2']) }
  const first = await refreshSeason(
    's',
    host(newer, '2024-03-02T14:06:00Z'),
    undefined,
    () => 1_000,
  )
  const edge = host(older, '2024-03-02T14:05:00Z')
  const second = await refreshSeason('s', edge, first, () => 4_000)
  // Ignored: the same files, no request for the older ?v= file, and not counted as a fresh read.
  expect(edge.reads).toEqual(['s/manifest.json'])
  expect(second.files).toBe(first.files)
  expect(second.fetchedAt).toBe(1_000)
  expect(second.olderManifest).toEqual({ seenAt: 4_000, updatedAt: '2024-03-02T14:05:00Z' })
  const input = freshnessOf(second, { errorAt: 0, failing: false })
  expect([freshnessAt(input, 10_000), staleReason(input)]).toEqual(['stale', 'older'])
  // The edge catches up: taken, fresh again.
  const third = await refreshSeason('s', host(newer, '2024-03-02T14:07:00Z'), second, () => 7_000)
  expect([third.fetchedAt, third.olderManifest]).toEqual([7_000, null])
})

test('an origin whose validators hide every update: an unchanged manifest is read once without them (issue 22 #3)', async () => {
  const files = {
    'season.json': season,
    'results/r01.json': r01,
    'results/r02.json': r02(['2', '1']),
  }
  let data = await refreshSeason('s', host(files), undefined, () => 0)
  const fresh: Array<number> = []
  for (let at = 3_000; at <= 66_000; at += 3_000) {
    const reader = host(files)
    data = await refreshSeason('s', reader, data, () => at)
    if (reader.freshReads.length > 0) fresh.push(at)
    expect(reader.freshReads.every((path) => path === 's/manifest.json')).toBe(true)
  }
  // Once past each 30 s of no change, not at every poll.
  expect(fresh).toEqual([33_000, 66_000])
  expect(READ_WITHOUT_VALIDATORS_AFTER_MS).toBe(30_000)
})

test('a manifest answering HTML turned every poll into a read of every file (issue 22 #3)', async () => {
  const files = {
    'season.json': season,
    'results/r01.json': r01,
    'results/r02.json': r02(['2', '1']),
  }
  const first = await refreshSeason('s', host(files), undefined, () => 1_000)
  // The manifest now answers the host's HTML page ("missing"), or text that is not a manifest.
  const html = memoryReader('s', files)
  await expect(refreshSeason('s', html, first, () => 4_000)).rejects.toThrow(
    'manifest.json: the server answered "not found" (or a web page) for the file it served before',
  )
  expect(html.reads).toEqual(['s/manifest.json'])
  const garbage = memoryReader('s', { ...files, 'manifest.json': '<!doctype html><p>Oops' })
  await expect(refreshSeason('s', garbage, first, () => 7_000)).rejects.toThrow(/^manifest\.json: /)
  expect(garbage.reads).toEqual(['s/manifest.json'])
})
