import { startEarlyReads } from './early-reads.ts'

// index.html's first script (scripts/vite/early-reads.ts inlines this bundle): the reads it
// starts are taken by address by early-read.ts.
Reflect.set(
  globalThis,
  '__pitboardEarly',
  startEarlyReads(location.href, (url) => fetch(url, { cache: 'no-cache' })).reads,
)
