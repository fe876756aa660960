import { Agent, request } from 'node:http'
import { performance, PerformanceObserver } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { contentVersion } from '../../src/data/content-version.ts'
import { POLL_TIMEOUT_MS, refreshInterval, refreshSeason } from '../../src/data/live-season.ts'
import type { LiveSeason } from '../../src/data/live-season.ts'
import type { ReadResult, ReadText } from '../../src/data/read-text.ts'
import { seededRandom } from '../seeded-random.ts'

export interface ViewerOptions {
  /** The season folder through the proxy, e.g. `http://127.0.0.1:8080/data/ccna/2023`. */
  readonly folderUrl: string
  /** The race whose new versions are timed from the operator's write to each viewer. */
  readonly race: string
  readonly firstViewer: number
  readonly viewers: number
  /** Epoch ms: viewers start at random offsets within one live poll interval after this. */
  readonly startAt: number
  /** Polls that start in [windowStart, windowEnd) are measured; none start after windowEnd. */
  readonly windowStart: number
  readonly windowEnd: number
  readonly seed: number
  readonly maxSockets: number
}

/** One measured poll of one viewer. */
export interface PollRecord {
  readonly viewer: number
  readonly startedAt: number
  readonly latencyMs: number
  readonly requests: number
  /** Every answer was a 304 or the bytes the viewer already had: no data changed. */
  readonly unchanged: boolean
  /** Response body bytes received. */
  readonly bytes: number
  /** Bytes of both ways on the wire: request and response heads (HTTP/1.1) and bodies. */
  readonly wireBytes: number
  readonly failed: boolean
}

export interface ViewerReport {
  readonly polls: ReadonlyArray<PollRecord>
  /** The first time each viewer held each version of the timed race's file. */
  readonly sightings: ReadonlyArray<{ readonly version: string; readonly at: number }>
  /** The proxy's answers in measured polls by status and X-Cache-Status: "304 HIT", "200 MISS", … */
  readonly cacheStatus: Readonly<Record<string, number>>
  /** Event-loop utilisation of the thread over the window: near 1, the viewers were CPU-bound. */
  readonly utilisation: number
  /** The busiest second of the window: near 1, the viewers queued behind each other then. */
  readonly peakUtilisation: number
  /** Garbage-collection pauses of the thread over the window, and its heap at the end. */
  readonly gcMs: number
  readonly heapMB: number
  readonly errors: ReadonlyArray<string>
}

interface Answer {
  readonly status: number
  readonly etag: string | undefined
  readonly type: string
  readonly cacheStatus: string
  readonly body: string
  readonly bytes: number
  /** The response's status line and headers as sent. */
  readonly headBytes: number
}

function get(agent: Agent, url: URL, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        headers,
        timeout: POLL_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Array<Buffer> = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () => {
          const body = Buffer.concat(chunks)
          const etag = res.headers.etag
          resolve({
            status: res.statusCode ?? 0,
            etag,
            type: res.headers['content-type'] ?? '',
            cacheStatus: String(res.headers['x-cache-status'] ?? 'none'),
            body: body.toString('utf8'),
            bytes: body.length,
            headBytes:
              `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n\r\n`.length +
              res.rawHeaders.reduce((total, part) => total + part.length + 2, 0),
          })
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${POLL_TIMEOUT_MS} ms`)))
    req.on('error', reject)
    req.end()
  })
}

/** What node:http sends for a GET: request line, Host, Connection and If-None-Match. */
function requestHeadBytes(location: string, etag: string | undefined): number {
  const url = new URL(location)
  return (
    `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: keep-alive\r\n\r\n`
      .length + (etag === undefined ? 0 : `If-None-Match: ${etag}\r\n`.length)
  )
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

/**
 * Simulated viewers of a live weekend: each runs the dashboard's own polling (`refreshSeason`
 * on the schedule `refreshInterval` gives) against the proxy, through its own emulation of the
 * browser's HTTP cache under `fetch(url, { cache: 'no-cache' })`: every kept answer is revalidated
 * with If-None-Match, and a 304 hands back the kept body.
 */
export async function runViewers(options: ViewerOptions): Promise<ViewerReport> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets })
  const random = seededRandom(options.seed)
  const polls: Array<PollRecord> = []
  const sightings: Array<{ version: string; at: number }> = []
  const cacheStatus: Record<string, number> = {}
  const errors: Array<string> = []
  // The same bytes are one string in memory, however many viewers hold them.
  const interned = new Map<string, string>()
  const now = () => performance.timeOrigin + performance.now()
  const raceFile = `/results/${options.race}.json`
  let elu: ReturnType<typeof performance.eventLoopUtilization> | null = null
  let utilisation = 0
  let peakUtilisation = 0
  let slice: ReturnType<typeof performance.eventLoopUtilization> | null = null
  const slices = setInterval(() => {
    const at = Date.now()
    if (at < options.windowStart || at > options.windowEnd) return
    const next = performance.eventLoopUtilization()
    if (slice !== null)
      peakUtilisation = Math.max(
        peakUtilisation,
        performance.eventLoopUtilization(next, slice).utilization,
      )
    slice = next
  }, 1_000)
  let gcMs = 0
  let heapMB = 0
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.startTime + performance.timeOrigin >= options.windowStart) gcMs += entry.duration
  })
  gc.observe({ entryTypes: ['gc'] })
  const startWindow = setTimeout(
    () => {
      elu = performance.eventLoopUtilization()
    },
    Math.max(0, options.windowStart - Date.now()),
  )
  const endWindow = setTimeout(
    () => {
      if (elu !== null) utilisation = performance.eventLoopUtilization(elu).utilization
      heapMB = process.memoryUsage().heapUsed / 2 ** 20
      gc.disconnect()
    },
    Math.max(0, options.windowEnd - Date.now()),
  )

  const viewer = async (id: number) => {
    const httpCache = new Map<string, { etag: string; body: string }>()
    const seen = new Set<string>()
    let season: LiveSeason | undefined
    await sleep(options.startAt + random() * 3_000 - Date.now())
    for (;;) {
      const startedAt = now()
      if (startedAt >= options.windowEnd) return
      const measured = startedAt >= options.windowStart
      const poll: {
        requests: number
        bytes: number
        wireBytes: number
        changed: boolean
        race: string | null
      } = {
        requests: 0,
        bytes: 0,
        wireBytes: 0,
        changed: false,
        race: null,
      }
      const readText: ReadText = async (location): Promise<ReadResult> => {
        poll.requests += 1
        const kept = httpCache.get(location)
        let answer: Answer
        try {
          answer = await get(
            agent,
            new URL(location),
            kept === undefined ? {} : { 'if-none-match': kept.etag },
          )
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          if (errors.length < 5) errors.push(`${location}: ${message}`)
          return { kind: 'error', message }
        }
        poll.bytes += answer.bytes
        poll.wireBytes += answer.bytes + answer.headBytes + requestHeadBytes(location, kept?.etag)
        const key = `${answer.status} ${answer.cacheStatus}`
        if (measured) cacheStatus[key] = (cacheStatus[key] ?? 0) + 1
        if (answer.status === 304 && kept !== undefined) return { kind: 'text', text: kept.body }
        if (answer.status === 404 || answer.type.includes('text/html')) return { kind: 'missing' }
        if (answer.status !== 200) {
          if (errors.length < 5) errors.push(`${location}: HTTP ${answer.status}`)
          return { kind: 'error', message: `HTTP ${answer.status} for ${location}` }
        }
        let body = answer.body
        if (kept === undefined || kept.body !== body) poll.changed = true
        if (answer.etag !== undefined) {
          body = interned.get(answer.etag) ?? body
          interned.set(answer.etag, body)
          httpCache.set(location, { etag: answer.etag, body })
        }
        if (new URL(location).pathname.endsWith(raceFile)) poll.race = contentVersion(body)
        return { kind: 'text', text: body }
      }
      let failed = false
      try {
        season = await refreshSeason(options.folderUrl, readText, season)
      } catch (error) {
        failed = true
        if (errors.length < 5) errors.push(error instanceof Error ? error.message : String(error))
      }
      const endedAt = now()
      if (!failed && poll.race !== null && !seen.has(poll.race)) {
        seen.add(poll.race)
        if (measured) sightings.push({ version: poll.race, at: endedAt })
      }
      if (measured)
        polls.push({
          viewer: id,
          startedAt,
          latencyMs: endedAt - startedAt,
          requests: poll.requests,
          unchanged: !poll.changed,
          bytes: poll.bytes,
          wireBytes: poll.wireBytes,
          failed,
        })
      const interval = refreshInterval(season, failed)
      await sleep(startedAt + (interval === false ? 30_000 : interval) - now())
    }
  }

  await Promise.all(
    Array.from({ length: options.viewers }, (_, i) => viewer(options.firstViewer + i)),
  )
  clearTimeout(startWindow)
  clearTimeout(endWindow)
  agent.destroy()
  gc.disconnect()
  clearInterval(slices)
  return { polls, sightings, cacheStatus, utilisation, peakUtilisation, gcMs, heapMB, errors }
}

/**
 * Runs the viewers spread over `threads` worker threads (0: in this thread), so that a large
 * crowd is not held back by one core, and merges what they measured.
 */
export async function runViewersInThreads(
  options: ViewerOptions,
  threads: number,
): Promise<
  ViewerReport & {
    readonly utilisations: ReadonlyArray<number>
    readonly peakUtilisations: ReadonlyArray<number>
  }
> {
  if (threads <= 0) {
    const report = await runViewers(options)
    return {
      ...report,
      utilisations: [report.utilisation],
      peakUtilisations: [report.peakUtilisation],
    }
  }
  const worker = new URL('./bench-viewer-worker.ts', import.meta.url).href
  // Workers do not inherit tsx's loader: register it first, then load the TypeScript entry.
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(worker)}) })`
  const shares = Array.from({ length: threads }, (_, t) => {
    const first = Math.floor((options.viewers * t) / threads)
    const next = Math.floor((options.viewers * (t + 1)) / threads)
    return { first, count: next - first }
  }).filter((share) => share.count > 0)
  const reports = await Promise.all(
    shares.map(
      ({ first, count }, t) =>
        new Promise<ViewerReport>((resolve, reject) => {
          const data: ViewerOptions = {
            ...options,
            firstViewer: options.firstViewer + first,
            viewers: count,
            seed: options.seed + t * 7919,
          }
          const thread = new Worker(boot, {
            eval: true,
            workerData: data,
            resourceLimits: { maxYoungGenerationSizeMb: 128 },
          })
          thread.once('message', (report: ViewerReport) => {
            resolve(report)
            void thread.terminate()
          })
          thread.once('error', reject)
          thread.once('exit', (code) => {
            if (code !== 0) reject(new Error(`viewer thread exited with ${code}`))
          })
        }),
    ),
  )
  const cacheStatus: Record<string, number> = {}
  for (const report of reports)
    for (const [status, count] of Object.entries(report.cacheStatus))
      cacheStatus[status] = (cacheStatus[status] ?? 0) + count
  return {
    polls: reports.flatMap((report) => report.polls),
    sightings: reports.flatMap((report) => report.sightings),
    cacheStatus,
    utilisation: Math.max(...reports.map((report) => report.utilisation)),
    gcMs: reports.reduce((total, report) => total + report.gcMs, 0),
    heapMB: reports.reduce((total, report) => total + report.heapMB, 0),
    utilisations: reports.map((report) => report.utilisation),
    peakUtilisation: Math.max(...reports.map((report) => report.peakUtilisation)),
    peakUtilisations: reports.map((report) => report.peakUtilisation),
    errors: reports.flatMap((report) => report.errors).slice(0, 5),
  }
}
