/**
 * `npm run bench:live` (docs/deploying.md#live-feed): a live race weekend on this machine. A
 * static origin holds a copy of the 2023 Carrera Cup season; nginx caches it as
 * docs/deploying.md recommends; an operator rewrites race 11's running order every few seconds
 * (then the manifest); simulated viewers run the dashboard's own polling through the proxy, each
 * with its own HTTP cache. Reports requests per viewer per poll, proxy and ORIGIN load, poll
 * latency and how soon a change reaches viewers — with the manifest and without it (the old
 * way: every file every poll). Options: `--seconds 30` (measured, after a warm-up),
 * `--viewers 100,1000`, `--every 5` (seconds between updates), `--threads N` (viewer threads),
 * `--only manifest|none`, `--prefetch` (the operator fetches each new address through the proxy
 * before writing the manifest). Writes `.scratch/bench-live.json`.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCpuMeter, type CpuUse } from './live/bench-cpu.ts'
import { startOperator } from './live/bench-operator.ts'
import { startOrigin } from './live/bench-origin.ts'
import { findNginx, startNginx } from './live/bench-proxy.ts'
import { formatTable, goalLines, summarize, type ScenarioSummary } from './live/bench-summary.ts'
import { runViewersInThreads } from './live/bench-viewers.ts'

const SEASON = 'public/data/ccna/2023'
const MOUNT = '/data/ccna/2023/'
const RACE = 'r11'

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}
const number = (name: string, fallback: number) => {
  const value = Number(option(name))
  return Number.isFinite(value) && value >= 0 && option(name) !== undefined ? value : fallback
}
const seconds = number('seconds', 30)
const warmupSeconds = number('warmup', 8)
const everySeconds = number('every', 5)
const viewerCounts = (option('viewers') ?? '100,1000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0)
const only = option('only')
const prefetch = process.argv.includes('--prefetch')
const threadsFor = (viewers: number) => number('threads', viewers > 200 ? 2 : 1)

const nginx = findNginx()
if (nginx === null) {
  console.error(
    'bench:live needs nginx as the caching proxy. On Debian or Ubuntu:\n' +
      '  apt-get install -y --no-install-recommends nginx-light\n' +
      '(or set NGINX=/path/to/nginx)',
  )
  process.exit(1)
}
const nginxVersion = spawnSync(nginx, ['-v'], { encoding: 'utf8' }).stderr.trim()

interface Scenario {
  readonly name: string
  readonly manifest: boolean
  readonly viewers: number
}
const scenarios: Array<Scenario> = [
  ...(only === 'none' ? [] : viewerCounts.map((viewers) => ({ manifest: true, viewers }))),
  ...(only === 'manifest' ? [] : viewerCounts.map((viewers) => ({ manifest: false, viewers }))),
].map((s) => ({
  ...s,
  name: `${s.manifest ? `manifest${prefetch ? '+prefetch' : ''}` : 'no manifest'} ×${s.viewers}`,
}))

/** The operator's optional step between data and manifest: one fetch of the new address. */
function prefetchThrough(port: number, path: string, version: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(`http://127.0.0.1:${port}${MOUNT}${path}?v=${encodeURIComponent(version)}`, (response) => {
      response.resume()
      response.on('end', resolve)
    }).on('error', reject)
  })
}

async function run(scenario: Scenario): Promise<ScenarioSummary> {
  const folder = mkdtempSync(join(tmpdir(), 'pitboard-origin-'))
  cpSync(SEASON, folder, { recursive: true })
  const origin = await startOrigin(folder, MOUNT)
  const proxy = await startNginx(nginx ?? '', origin.port)
  const operator = await startOperator(folder, {
    race: RACE,
    everyMs: everySeconds * 1000,
    withManifest: scenario.manifest,
    prefetch: prefetch ? (path, version) => prefetchThrough(proxy.port, path, version) : undefined,
  })
  const startAt = Date.now() + 200
  const windowStart = startAt + warmupSeconds * 1000
  const windowEnd = windowStart + seconds * 1000
  let cpu: CpuUse = { machineBusy: 0, machineCores: 0, nodeCores: 0, nginxCores: 0 }
  let stopMeter: (() => CpuUse) | null = null
  const meterOn = setTimeout(() => (stopMeter = startCpuMeter(proxy.pid)), windowStart - Date.now())
  const meterOff = setTimeout(() => {
    if (stopMeter !== null) cpu = stopMeter()
  }, windowEnd - Date.now())
  const threads = threadsFor(scenario.viewers)
  process.stdout.write(
    `${scenario.name}: ${warmupSeconds} s warm-up, ${seconds} s measured, ${threads} viewer thread(s)… `,
  )
  try {
    const report = await runViewersInThreads(
      {
        folderUrl: `http://127.0.0.1:${proxy.port}${MOUNT.replace(/\/$/, '')}`,
        race: RACE,
        firstViewer: 0,
        viewers: scenario.viewers,
        startAt,
        windowStart,
        windowEnd,
        seed: 2026,
        maxSockets: 256,
      },
      threads,
    )
    const summary = summarize({
      ...scenario,
      windowStart,
      windowEnd,
      polls: report.polls,
      origin: origin.hits,
      writes: operator.writes,
      sightings: report.sightings,
      cacheStatus: report.cacheStatus,
      utilisations: report.utilisations,
      peakUtilisations: report.peakUtilisations,
      gcMs: report.gcMs,
      heapMB: report.heapMB,
      cpu,
    })
    console.log(
      `${summary.polls} polls, ${summary.requestsPerPoll.toFixed(2)} requests per poll` +
        (report.errors.length > 0 ? `\n  errors, e.g.: ${report.errors.join('\n    ')}` : ''),
    )
    return summary
  } finally {
    clearTimeout(meterOn)
    clearTimeout(meterOff)
    operator.stop()
    await proxy.close()
    await origin.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

console.log(
  `bench:live — ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ${nginxVersion}; ` +
    `race ${RACE} updated every ${everySeconds} s\n`,
)
const summaries: Array<ScenarioSummary> = []
for (const scenario of scenarios) summaries.push(await run(scenario))
console.log(`\n${formatTable(summaries)}\n`)
for (const line of goalLines(summaries)) console.log(`- ${line}`)
mkdirSync('.scratch', { recursive: true })
writeFileSync(
  '.scratch/bench-live.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cores: cpus().length,
        model: cpus()[0]?.model,
        node: process.version,
        nginxVersion,
      },
      options: { seconds, warmupSeconds, everySeconds, viewerCounts, prefetch },
      scenarios: summaries,
      goals: goalLines(summaries),
    },
    null,
    2,
  )}\n`,
)
console.log('\nwrote .scratch/bench-live.json')
