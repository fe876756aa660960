// @vitest-environment jsdom
import { expect, test, vi } from 'vitest'
import { retryableImport } from '../../src/data/retryable-import.ts'

/*
 * The loader every lazily loaded file goes through (docs/dashboard.md#faults). That a retry in a
 * real browser asks the server for the file at a new address is tested in Chromium
 * (test/e2e/faults.e2e.test.ts); here, what it shares and when it tries again.
 */
const MODULE = { answer: 42 }

test('a file that loaded is loaded once, whoever asks (the view and the idle prefetch)', async () => {
  const load = vi.fn(() => Promise.resolve(MODULE))
  const get = retryableImport(load)
  const [a, b] = await Promise.all([get(), get()])
  expect(await get()).toBe(MODULE)
  expect([a, b]).toEqual([MODULE, MODULE])
  expect(load).toHaveBeenCalledTimes(1)
})

test('callers during a load that fails share its failure; the next call loads again', async () => {
  const load = vi
    .fn<() => Promise<typeof MODULE>>()
    .mockRejectedValueOnce(new TypeError('Importing a module script failed.'))
    .mockResolvedValue(MODULE)
  const get = retryableImport(load)
  const both = await Promise.allSettled([get(), get()])
  expect(both.map((r) => r.status)).toEqual(['rejected', 'rejected'])
  expect(load).toHaveBeenCalledTimes(1)
  // Safari names no file: the next call asks the same loader again.
  expect(await get()).toBe(MODULE)
  expect(load).toHaveBeenCalledTimes(2)
})

test('a file of another site named by the error is never fetched afresh: the loader is asked again', async () => {
  const load = vi
    .fn<() => Promise<typeof MODULE>>()
    .mockRejectedValueOnce(
      new TypeError('Failed to fetch dynamically imported module: https://cdn.example/x.js'),
    )
    .mockResolvedValue(MODULE)
  const get = retryableImport(load)
  await expect(get()).rejects.toThrow(/cdn\.example/)
  expect(await get()).toBe(MODULE)
  expect(load).toHaveBeenCalledTimes(2)
})

test('a lazy view whose file never answers showed a skeleton for ever (issue 22 #7)', async () => {
  vi.useFakeTimers()
  try {
    const load = vi
      .fn<() => Promise<typeof MODULE>>()
      .mockReturnValueOnce(new Promise(() => {}))
      .mockResolvedValue(MODULE)
    const get = retryableImport(load)
    const first = get()
    const settled = expect(first).rejects.toThrow("No answer for the site's code within 15 s")
    await vi.advanceTimersByTimeAsync(14_999)
    expect(load).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    await settled
    // The failure is the view's error panel with Retry; Retry loads again.
    expect(await get()).toBe(MODULE)
    expect(load).toHaveBeenCalledTimes(2)
  } finally {
    vi.useRealTimers()
  }
})
