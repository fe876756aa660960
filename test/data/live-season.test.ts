import { expect, test } from 'vitest'
import {
  refreshInterval,
  refreshSeason,
  staleAfter,
  type LiveSeason,
} from '../../src/data/live-season.ts'
import type { RaceResults } from '../../src/engine/types.ts'
import { finished, makeSeason, order, results } from '../fixtures/build.ts'
import { memoryReader, Unreadable } from '../fixtures/memory-reader.ts'

const season = makeSeason()
const r01 = results('r01', order(['1', '2', '3']))
const folder = (extra: Record<string, unknown>) =>
  memoryReader('s', { 'season.json': season, 'results/r01.json': r01, ...extra })
const clock = (at: number) => () => at

async function twice(first: Record<string, unknown>, second: Record<string, unknown>) {
  const before = await refreshSeason('s', folder(first), undefined, clock(1_000))
  const after = await refreshSeason('s', folder(second), before, clock(2_000))
  return { before, after }
}

test('a result file that breaks keeps its last good version, marked stale since the good read', async () => {
  const good: RaceResults = results('r02', order(['2', '1']), 'live')
  const { after } = await twice(
    { 'results/r02.json': good },
    { 'results/r02.json': '{"format": "pitb' },
  )
  expect(after.files.get('r02')).toEqual({ kind: 'results', results: good })
  expect(after.staleSince).toEqual(new Map([['r02', 1_000]]))
  expect(after.faults).toEqual([])
  const third = await refreshSeason(
    's',
    folder({ 'results/r02.json': new Unreadable('HTTP 500') }),
    after,
    clock(3_000),
  )
  expect(third.staleSince.get('r02')).toBe(1_000)
  const fixed = await refreshSeason('s', folder({ 'results/r02.json': good }), third, clock(4_000))
  expect(fixed.staleSince.size).toBe(0)
})

test('season.json failing after a good read is an error: the last good data stays on screen', async () => {
  const before = await refreshSeason('s', folder({}), undefined)
  await expect(
    refreshSeason('s', memoryReader('s', { 'season.json': new Unreadable('HTTP 503') }), before),
  ).rejects.toThrow('season.json: HTTP 503')
})

test('a penalty in a provisional result is logged with the notes and what it moved', async () => {
  const provisional = results('r02', order(['2', '1', '3']), 'provisional')
  const official: RaceResults = {
    ...results('r02', [
      finished(1, { car: '1' }),
      finished(2, { car: '3' }),
      finished(3, { car: '2' }),
    ]),
    notes: ['Car 2: 10-second penalty'],
  }
  const { after } = await twice(
    { 'results/r02.json': provisional },
    { 'results/r02.json': official },
  )
  expect(after.revisions).toHaveLength(1)
  expect(after.revisions[0]).toMatchObject({
    race: 'r02',
    at: 2_000,
    notes: ['Car 2: 10-second penalty'],
    cars: ['car 2 1st → 3rd', '2 cars one place up or down'],
    status: { from: 'provisional', to: 'official' },
  })
  // Before: d1 and d2 level on 45 (shared 1st), d3 34. After: d1 50, d2 and d3 level on 37.
  expect(after.revisions[0]?.standings.slice(0, 2)).toEqual([
    'Pro: Driver 02 1st → 2nd, gap to leader 0 → 13',
    'Pro: Driver 03 3rd → 2nd, gap to leader 11 → 13',
  ])
})

test('a provisional result confirmed unchanged is still logged: it is now official', async () => {
  const rows = order(['2', '1', '3'])
  const { after } = await twice(
    { 'results/r02.json': results('r02', rows, 'provisional') },
    { 'results/r02.json': results('r02', rows, 'official') },
  )
  expect(after.revisions).toMatchObject([
    { race: 'r02', cars: [], standings: [], status: { from: 'provisional', to: 'official' } },
  ])
})

test('a live running order changing is not a revision', async () => {
  const { after } = await twice(
    { 'results/r02.json': results('r02', order(['2', '1']), 'live') },
    { 'results/r02.json': results('r02', order(['1', '2']), 'live') },
  )
  expect(after.revisions).toEqual([])
  expect(after.previousFiles?.get('r02')).toBeDefined()
})

test('polling: seconds while live, slower while provisional, never when all is official without a manifest', () => {
  const with_ = (status: RaceResults['status'], feed: LiveSeason['feed'] = null): LiveSeason => ({
    folder: 's',
    season,
    files: new Map([['r01', { kind: 'results', results: { ...r01, status } }]]),
    faults: [],
    warnings: [],
    unavailableChampionships: new Map(),
    unreadable: [],
    fetchedAt: 0,
    olderManifest: null,
    previousFiles: null,
    staleSince: new Map(),
    revisions: [],
    feed,
  })
  expect(refreshInterval(with_('live'), false)).toBe(3_000)
  expect(refreshInterval(with_('scheduled'), false)).toBe(5_000)
  expect(refreshInterval(with_('provisional'), false)).toBe(10_000)
  expect(refreshInterval(with_('official'), false)).toBe(false)
  expect(refreshInterval(with_('official'), true)).toBe(5_000)
  // Failing while live: still every 3 s, so recovery shows at once.
  expect(refreshInterval(with_('live'), true)).toBe(3_000)
  // With a manifest an official season is still watched, at one small request per 30 s.
  const feed = {
    manifestText: '{}',
    texts: new Map(),
    pending: false,
    updatedAt: null,
    checkedAt: 0,
  }
  expect(refreshInterval(with_('official', feed), false)).toBe(30_000)
})

test('stale after two poll intervals and a request timeout; never when nothing is polled', () => {
  expect(staleAfter(3_000)).toBe(8_500)
  expect(staleAfter(false)).toBeNull()
})
