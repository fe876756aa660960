import { expect, test } from 'vitest'
import {
  formatAge,
  freshnessAt,
  staleReason,
  type FreshnessInput,
} from '../../src/data/freshness.ts'

const live: FreshnessInput = {
  fetchedAt: 100_000,
  errorAt: 0,
  failing: false,
  staleFiles: [],
  missingFiles: [],
  olderVersion: null,
  interval: 3_000,
  weekend: true,
}

test('fresh while reads succeed; a server that hangs is stale after two polls and a timeout', () => {
  expect(freshnessAt(live, 101_000)).toBe('fresh')
  expect(freshnessAt(live, 108_500)).toBe('fresh')
  expect(freshnessAt(live, 108_501)).toBe('stale')
  expect(staleReason(live)).toBe('silent')
})

test('a failed read or an unusable file is stale at once', () => {
  expect(freshnessAt({ ...live, failing: true }, 100_001)).toBe('stale')
  expect(staleReason({ ...live, failing: true })).toBe('server')
  expect(freshnessAt({ ...live, staleFiles: ['r11'] }, 100_001)).toBe('stale')
  expect(staleReason({ ...live, staleFiles: ['r11'] })).toBe('files')
})

test('recovery is announced for ten seconds after the last failure, once a read succeeds', () => {
  const afterError = { ...live, errorAt: 98_000 }
  expect(freshnessAt(afterError, 101_000)).toBe('recovered')
  // The next polls succeed: still announced until ten seconds after the failure.
  expect(freshnessAt({ ...afterError, fetchedAt: 106_000 }, 107_000)).toBe('recovered')
  expect(freshnessAt({ ...afterError, fetchedAt: 109_000 }, 109_500)).toBe('fresh')
  // Still failing: stale, not recovered.
  expect(freshnessAt({ ...afterError, failing: true }, 101_000)).toBe('stale')
})

test('no clock when nothing is polled, or when no race weekend is on; stale still shows', () => {
  expect(freshnessAt({ ...live, interval: false }, 10_000_000)).toBe('quiet')
  const finished = { ...live, interval: 30_000, weekend: false }
  expect(freshnessAt(finished, 101_000)).toBe('quiet')
  expect(freshnessAt({ ...finished, failing: true }, 101_000)).toBe('stale')
})

test('ages read like a running clock', () => {
  expect(formatAge(0)).toBe('0:00')
  expect(formatAge(42_900)).toBe('0:42')
  expect(formatAge(725_000)).toBe('12:05')
})
