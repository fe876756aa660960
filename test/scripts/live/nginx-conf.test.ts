import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { benchNginxConf, liveFeedNginx } from '../../../scripts/live/nginx-conf.ts'

const feed = liveFeedNginx({ cacheDir: '/var/cache/nginx/pitboard', origin: '127.0.0.1:8080' })

test('the proxy caches by the whole address, query string included, one origin fetch at a time', () => {
  expect(feed.location).toContain('proxy_cache_key $scheme$proxy_host$request_uri;')
  expect(feed.location).toContain('proxy_cache_lock on;')
  expect(feed.location).toContain(
    'proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;',
  )
  expect(feed.location).toContain('proxy_cache_background_update on;')
  expect(feed.location).toContain('proxy_cache_revalidate on;')
  expect(feed.location).toContain('etag on;')
  // The origin's Cache-Control decides: nothing overrides or ignores it.
  expect(feed.location).not.toMatch(/proxy_ignore_headers|proxy_cache_valid/)
  expect(feed.http).toContain('proxy_cache_path /var/cache/nginx/pitboard ')
  expect(feed.http).toContain('server 127.0.0.1:8080;')
})

test('the bench config keeps everything nginx writes in its own folder', () => {
  const conf = benchNginxConf({
    prefix: '/tmp/x',
    port: 8081,
    cacheDir: '/tmp/x/cache',
    origin: '127.0.0.1:9000',
    asRoot: false,
  })
  expect(conf).toContain('pid /tmp/x/nginx.pid;')
  expect(conf).toContain('error_log /tmp/x/error.log warn;')
  for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    expect(conf).toContain(`${temp}_temp_path /tmp/x/${temp};`)
  expect(conf).toContain('listen 127.0.0.1:8081;')
  expect(conf).toContain('proxy_cache_key $scheme$proxy_host$request_uri;')
  expect(conf).not.toContain('user ')
  expect(
    benchNginxConf({
      ...{ prefix: '/tmp/x', port: 1, cacheDir: '/c', origin: 'o:1' },
      asRoot: true,
    }),
  ).toMatch(/^user root root;/)
})

test('docs/deploying.md quotes the config the bench runs', () => {
  const docs = readFileSync('docs/deploying.md', 'utf8')
  expect(docs).toContain(feed.http)
  expect(docs).toContain(feed.location)
})
