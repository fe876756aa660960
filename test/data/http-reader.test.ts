import { afterEach, expect, test, vi } from 'vitest'
import { readOverHttp } from '../../src/data/http-reader.ts'
import { takeEarlyRead } from '../../src/data/early-read.ts'

afterEach(() => vi.unstubAllGlobals())
const answer = (response: Response | Error) =>
  vi.stubGlobal('fetch', () =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
  )

test('a JSON file is text; 404 and an HTML fallback page mean "not there yet"', async () => {
  answer(new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }))
  expect(await readOverHttp('/data/x.json')).toEqual({ kind: 'text', text: '{"a":1}' })
  answer(new Response('nope', { status: 404 }))
  expect(await readOverHttp('/data/x.json')).toEqual({ kind: 'missing' })
  answer(
    new Response('<!doctype html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
  )
  expect(await readOverHttp('/data/x.json')).toEqual({ kind: 'missing' })
})

test('server errors and network failures are errors that name the URL', async () => {
  answer(new Response('', { status: 503, statusText: 'Service Unavailable' }))
  expect(await readOverHttp('/data/x.json')).toEqual({
    kind: 'error',
    message: 'HTTP 503 Service Unavailable for /data/x.json',
  })
  answer(new TypeError('Failed to fetch'))
  expect(await readOverHttp('/data/x.json')).toEqual({
    kind: 'error',
    message: 'could not fetch /data/x.json: Failed to fetch',
  })
})

test('bug: a server that hangs was never noticed — a request times out and says so', async () => {
  vi.stubGlobal(
    'fetch',
    (_url: string, init: RequestInit) =>
      new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      ),
  )
  expect(await readOverHttp('/data/x.json', 50)).toEqual({
    kind: 'error',
    message: 'no answer for /data/x.json within 0.05 s',
  })
})

test('the read index.html started early is taken once; a failed or hung one is fetched afresh', async () => {
  const json = () =>
    new Response('{"early":1}', { headers: { 'content-type': 'application/json' } })
  vi.stubGlobal('__pitboardEarly', { '/data/index.json': Promise.resolve(json()) })
  answer(new Response('{"fresh":1}', { headers: { 'content-type': 'application/json' } }))
  // Another address takes nothing.
  expect(takeEarlyRead('/data/ccna/2023/season.json')).toBeUndefined()
  const early = takeEarlyRead('/data/index.json')
  expect(await readOverHttp('/data/index.json', undefined, { early })).toEqual({
    kind: 'text',
    text: '{"early":1}',
  })
  // Taken: the next read fetches.
  expect(takeEarlyRead('/data/index.json')).toBeUndefined()
  const failed = Promise.reject(new TypeError('Failed to fetch'))
  expect(await readOverHttp('/data/index.json', undefined, { early: failed })).toEqual({
    kind: 'text',
    text: '{"fresh":1}',
  })
  const hung = new Promise<Response>(() => undefined)
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) =>
    init.signal?.aborted === true
      ? Promise.reject(new DOMException('aborted', 'AbortError'))
      : new Promise(() => undefined),
  )
  expect(await readOverHttp('/data/index.json', 50, { early: hung })).toEqual({
    kind: 'error',
    message: 'no answer for /data/index.json within 0.05 s',
  })
})
