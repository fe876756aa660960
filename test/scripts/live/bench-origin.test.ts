import { get } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { cacheControl, requestKind, startOrigin } from '../../../scripts/live/bench-origin.ts'

test('requests are told apart as the cache rules need', () => {
  expect(requestKind('/data/ccna/2023/manifest.json')).toBe('manifest')
  expect(requestKind('/data/ccna/2023/results/r11.json?v=0abc')).toBe('versioned')
  expect(requestKind('/data/ccna/2023/results/r11.json')).toBe('unversioned')
  expect(requestKind('/data/ccna/2023/season.json?x=1')).toBe('unversioned')
  expect(requestKind('/index.html')).toBe('other')
})

test('only a found versioned address is cached for a year', () => {
  expect(cacheControl('versioned', 200)).toBe('public, max-age=31536000, immutable')
  expect(cacheControl('versioned', 304)).toBe('public, max-age=31536000, immutable')
  expect(cacheControl('versioned', 404)).toBe('public, max-age=1')
  expect(cacheControl('manifest', 200)).toBe('public, max-age=1, stale-while-revalidate=30')
  expect(cacheControl('unversioned', 200)).toBe('public, max-age=1, stale-while-revalidate=30')
})

test('the origin answers a matching If-None-Match with 304, ignores the query and counts requests', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'pitboard-origin-test-'))
  writeFileSync(join(folder, 'season.json'), '{"a":1}')
  const origin = await startOrigin(folder, '/data/s/')
  const fetchOne = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; etag: string; cache: string; body: string }>((resolve) =>
      get({ host: '127.0.0.1', port: origin.port, path, headers }, (response) => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            etag: response.headers.etag ?? '',
            cache: response.headers['cache-control'] ?? '',
            body,
          }),
        )
      }),
    )
  try {
    const first = await fetchOne('/data/s/season.json?v=1')
    expect(first).toMatchObject({ status: 200, body: '{"a":1}' })
    expect(first.cache).toContain('immutable')
    const again = await fetchOne('/data/s/season.json', { 'if-none-match': first.etag })
    expect(again.status).toBe(304)
    expect((await fetchOne('/data/s/missing.json?v=1')).status).toBe(404)
    expect(origin.hits.map((hit) => [hit.kind, hit.status])).toEqual([
      ['versioned', 200],
      ['unversioned', 304],
      ['versioned', 404],
    ])
  } finally {
    await origin.close()
    rmSync(folder, { recursive: true, force: true })
  }
})
