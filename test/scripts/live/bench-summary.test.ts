import { expect, test } from 'vitest'
import {
  goalLines,
  median,
  notModifiedShare,
  percentile,
  summarize,
  type ScenarioInput,
} from '../../../scripts/live/bench-summary.ts'
import type { PollRecord } from '../../../scripts/live/bench-viewers.ts'

test('median and nearest-rank percentile', () => {
  expect(median([3, 1, 2])).toBe(2)
  expect(median([4, 1, 2, 3])).toBe(2.5)
  expect(median([])).toBe(0)
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i)
  expect(percentile(hundred, 0.95)).toBe(95)
  expect(percentile(hundred, 0.5)).toBe(50)
  expect(percentile([7], 0.95)).toBe(7)
})

const poll = (
  viewer: number,
  requests: number,
  unchanged: boolean,
  latencyMs = 10,
): PollRecord => ({
  viewer,
  startedAt: 1_000,
  latencyMs,
  requests,
  unchanged,
  bytes: unchanged ? 0 : 6_000,
  wireBytes: unchanged ? 300 : 6_600,
  failed: false,
})

const input = (viewers: number, originHits: number): ScenarioInput => ({
  name: `manifest ×${viewers}`,
  manifest: true,
  viewers,
  windowStart: 0,
  windowEnd: 60_000,
  // Per viewer: two polls with no change (1 request each), one with a change (2 requests).
  polls: Array.from({ length: viewers }, (_, v) => [
    poll(v, 1, true),
    poll(v, 1, true),
    poll(v, 2, false, 40),
  ]).flat(),
  origin: [
    ...Array.from({ length: originHits }, (_, i) => ({
      at: i * 100,
      kind: 'manifest' as const,
      status: i % 2 === 0 ? 304 : 200,
    })),
    { at: 60_000, kind: 'versioned', status: 200 },
  ],
  writes: [{ version: 'a', at: 10_000 }],
  sightings: [
    { version: 'a', at: 11_000 },
    { version: 'a', at: 13_000 },
    { version: 'unknown', at: 0 },
  ],
  cacheStatus: { '304 HIT': 3, '200 HIT': 1 },
  utilisations: [0.2],
  peakUtilisations: [0.5],
  gcMs: 600,
  heapMB: 50,
  cpu: { machineBusy: 0.5, machineCores: 1, nodeCores: 0.2, nginxCores: 0.01 },
})

test('requests per poll, per minute and per second, and origin hits in the window only', () => {
  const s = summarize(input(10, 30))
  expect(s.polls).toBe(30)
  expect(s.requestsPerPoll).toBeCloseTo(4 / 3)
  expect(s.requestsPerUnchangedPoll).toBe(1)
  expect(s.unchangedPolls).toBe(20)
  expect(s.requestsPerViewerPerMinute).toBe(4)
  expect(s.proxyRequestsPerSecond).toBeCloseTo(40 / 60)
  // The hit at windowEnd is outside [windowStart, windowEnd).
  expect(s.originRequestsPerSecond).toBe(0.5)
  expect(s.originByKind).toEqual({ manifest: 30, versioned: 0, unversioned: 0, other: 0 })
  expect(s.originNotModified).toBe(15)
  expect(s.latencyMedianMs).toBe(10)
  expect(s.changedLatencyMedianMs).toBe(40)
  expect(s.slowPolls).toBe(0)
  expect(s.bytesPerViewerPerMinute).toBe(6_000)
  expect(s.wireBytesPerViewerPerMinute).toBe(7_200)
  expect(s.changeSeenMedianMs).toBe(2_000)
  expect(s.cpuBound).toBe('no')
  expect(s.gcShare).toBe(0.01)
  expect(notModifiedShare(s.cacheStatus)).toBe(0.75)
})

test('the goals: at most 2 requests per unchanged poll, origin load flat in the viewers', () => {
  const lines = goalLines([summarize(input(10, 30)), summarize(input(100, 30))])
  expect(lines[0]).toMatch(/1 requests per viewer per poll with unchanged data \(goal ≤ 2\): met/)
  expect(lines[2]).toBe('origin load, 10 → 100 viewers (×10): 0.5 → 0.5 requests/s (×1)')
  const busy = { ...input(10, 3), utilisations: [1, 0.5], polls: [poll(0, 2, false)] }
  expect(goalLines([summarize(busy)])).toEqual([
    expect.stringMatching(/no poll with unchanged data measured/),
    expect.stringMatching(/CPU-bound throughout/),
  ])
  const bursts = summarize({ ...input(10, 3), peakUtilisations: [0.95] })
  expect(bursts.cpuBound).toBe('bursts')
  expect(goalLines([bursts])[1]).toMatch(/CPU-bound in bursts after each update/)
})
