import type { OriginHit, RequestKind } from './bench-origin.ts'
import type { CpuUse } from './bench-cpu.ts'
import type { PollRecord } from './bench-viewers.ts'

export interface ScenarioInput {
  readonly name: string
  readonly manifest: boolean
  readonly viewers: number
  readonly windowStart: number
  readonly windowEnd: number
  readonly polls: ReadonlyArray<PollRecord>
  /** Every request the origin received (those in the window are counted). */
  readonly origin: ReadonlyArray<OriginHit>
  /** When each version of the live race's file was written, and when viewers first held it. */
  readonly writes: ReadonlyArray<{ readonly version: string; readonly at: number }>
  readonly sightings: ReadonlyArray<{ readonly version: string; readonly at: number }>
  readonly cacheStatus: Readonly<Record<string, number>>
  /** Event-loop utilisation of each viewer thread over the window, and in its busiest second. */
  readonly utilisations: ReadonlyArray<number>
  readonly peakUtilisations: ReadonlyArray<number>
  /** Garbage collection in the viewer threads over the window (ms) and their heaps (MB). */
  readonly gcMs: number
  readonly heapMB: number
  readonly cpu: CpuUse
}

export interface ScenarioSummary {
  readonly name: string
  readonly manifest: boolean
  readonly viewers: number
  readonly seconds: number
  readonly polls: number
  readonly failedPolls: number
  readonly unchangedPolls: number
  readonly requestsPerPoll: number
  readonly requestsPerUnchangedPoll: number | null
  readonly requestsPerViewerPerMinute: number
  readonly proxyRequestsPerSecond: number
  readonly originRequestsPerSecond: number
  readonly originByKind: Readonly<Record<RequestKind, number>>
  /** Origin answers that were 304 (the proxy revalidating an unchanged file). */
  readonly originNotModified: number
  readonly latencyMedianMs: number
  readonly latencyP95Ms: number
  /** Polls that brought new data: they also validate the season again. */
  readonly changedLatencyMedianMs: number
  readonly changedLatencyP95Ms: number
  /** Polls that took 500 ms or more (what waiting on nginx's cache lock costs). */
  readonly slowPolls: number
  readonly bytesPerViewerPerMinute: number
  /** Both ways, heads included (HTTP/1.1 as node:http sends it; a browser's heads are larger). */
  readonly wireBytesPerViewerPerMinute: number
  /** From the operator's write to a viewer holding the new file. */
  readonly changeSeenMedianMs: number | null
  readonly changeSeenP95Ms: number | null
  readonly cacheStatus: Readonly<Record<string, number>>
  readonly utilisations: ReadonlyArray<number>
  readonly peakUtilisations: ReadonlyArray<number>
  /** Share of the window the viewer threads spent collecting garbage, summed over threads. */
  readonly gcShare: number
  readonly heapMB: number
  readonly cpu: CpuUse
  /**
   * The viewer threads were saturated over the whole window ('yes'), or in bursts — the busiest
   * second near 100 %, as when every viewer validates the season after an update ('bursts'):
   * latencies then include queueing behind other simulated viewers.
   */
  readonly cpuBound: 'no' | 'bursts' | 'yes'
}

/** Nearest-rank percentile (p in 0–1) of unsorted values; 0 for none. */
export function percentile(values: ReadonlyArray<number>, p: number): number {
  if (values.length === 0) return 0
  const sorted = values.toSorted((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)))
  return sorted[rank - 1] ?? 0
}

export function median(values: ReadonlyArray<number>): number {
  if (values.length === 0) return 0
  const sorted = values.toSorted((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const sum = (values: ReadonlyArray<number>) => values.reduce((total, value) => total + value, 0)

export function summarize(input: ScenarioInput): ScenarioSummary {
  const seconds = (input.windowEnd - input.windowStart) / 1000
  const minutes = seconds / 60
  const polls = input.polls
  const unchanged = polls.filter((poll) => poll.unchanged && !poll.failed)
  const requests = sum(polls.map((poll) => poll.requests))
  const origin = input.origin.filter(
    (hit) => hit.at >= input.windowStart && hit.at < input.windowEnd,
  )
  const originByKind: Record<RequestKind, number> = {
    manifest: 0,
    versioned: 0,
    unversioned: 0,
    other: 0,
  }
  for (const hit of origin) originByKind[hit.kind] += 1
  const written = new Map(input.writes.map((write) => [write.version, write.at]))
  const lags = input.sightings.flatMap((seen) => {
    const at = written.get(seen.version)
    return at === undefined ? [] : [seen.at - at]
  })
  const latencies = polls.map((poll) => poll.latencyMs)
  const changedLatencies = polls.filter((poll) => !poll.unchanged).map((poll) => poll.latencyMs)
  return {
    name: input.name,
    manifest: input.manifest,
    viewers: input.viewers,
    seconds,
    polls: polls.length,
    failedPolls: polls.filter((poll) => poll.failed).length,
    unchangedPolls: unchanged.length,
    requestsPerPoll: polls.length === 0 ? 0 : requests / polls.length,
    requestsPerUnchangedPoll:
      unchanged.length === 0
        ? null
        : sum(unchanged.map((poll) => poll.requests)) / unchanged.length,
    requestsPerViewerPerMinute: requests / input.viewers / minutes,
    proxyRequestsPerSecond: requests / seconds,
    originRequestsPerSecond: origin.length / seconds,
    originByKind,
    originNotModified: origin.filter((hit) => hit.status === 304).length,
    latencyMedianMs: median(latencies),
    latencyP95Ms: percentile(latencies, 0.95),
    changedLatencyMedianMs: median(changedLatencies),
    changedLatencyP95Ms: percentile(changedLatencies, 0.95),
    slowPolls: latencies.filter((ms) => ms >= 500).length,
    bytesPerViewerPerMinute: sum(polls.map((poll) => poll.bytes)) / input.viewers / minutes,
    wireBytesPerViewerPerMinute: sum(polls.map((poll) => poll.wireBytes)) / input.viewers / minutes,
    changeSeenMedianMs: lags.length === 0 ? null : median(lags),
    changeSeenP95Ms: lags.length === 0 ? null : percentile(lags, 0.95),
    cacheStatus: input.cacheStatus,
    utilisations: input.utilisations,
    peakUtilisations: input.peakUtilisations,
    gcShare: input.gcMs / (input.windowEnd - input.windowStart),
    heapMB: input.heapMB,
    cpu: input.cpu,
    cpuBound: input.utilisations.some((u) => u >= 0.9)
      ? 'yes'
      : input.peakUtilisations.some((u) => u >= 0.9)
        ? 'bursts'
        : 'no',
  }
}

/** Share of the proxy's answers that were 304, from "<status> <cache status>" counts. */
export function notModifiedShare(answers: Readonly<Record<string, number>>): number {
  const entries = Object.entries(answers)
  const total = sum(entries.map(([, count]) => count))
  const notModified = sum(entries.filter(([key]) => key.startsWith('304')).map(([, n]) => n))
  return total === 0 ? 0 : notModified / total
}

const fixed = (value: number | null, digits: number) =>
  value === null ? '–' : value.toLocaleString('en-US', { maximumFractionDigits: digits })

/** The scenarios side by side: one row per figure, one column per scenario. */
export function formatTable(summaries: ReadonlyArray<ScenarioSummary>): string {
  const rows: Array<[string, (s: ScenarioSummary) => string]> = [
    ['viewers', (s) => fixed(s.viewers, 0)],
    ['measured seconds', (s) => fixed(s.seconds, 0)],
    ['polls (failed)', (s) => `${fixed(s.polls, 0)} (${s.failedPolls})`],
    ['requests / viewer / poll', (s) => fixed(s.requestsPerPoll, 2)],
    ['  … polls with no change', (s) => fixed(s.requestsPerUnchangedPoll, 2)],
    ['  share of polls with no change', (s) => `${fixed((100 * s.unchangedPolls) / s.polls, 0)} %`],
    ['requests / viewer / minute', (s) => fixed(s.requestsPerViewerPerMinute, 1)],
    ['proxy requests / s', (s) => fixed(s.proxyRequestsPerSecond, 1)],
    ['  answered 304 by the proxy', (s) => `${fixed(100 * notModifiedShare(s.cacheStatus), 0)} %`],
    ['ORIGIN requests / s', (s) => fixed(s.originRequestsPerSecond, 2)],
    [
      '  origin: manifest / ?v= / plain json',
      (s) =>
        `${s.originByKind.manifest} / ${s.originByKind.versioned} / ${s.originByKind.unversioned}`,
    ],
    ['  origin answers 304', (s) => fixed(s.originNotModified, 0)],
    ['poll latency median (ms)', (s) => fixed(s.latencyMedianMs, 1)],
    ['poll latency p95 (ms)', (s) => fixed(s.latencyP95Ms, 1)],
    [
      '  polls with new data: median / p95',
      (s) => `${fixed(s.changedLatencyMedianMs, 1)} / ${fixed(s.changedLatencyP95Ms, 1)}`,
    ],
    [
      'polls of 500 ms or more',
      (s) => `${fixed(s.slowPolls, 0)} (${fixed((100 * s.slowPolls) / s.polls, 1)} %)`,
    ],
    ['change seen after, median (ms)', (s) => fixed(s.changeSeenMedianMs, 0)],
    ['change seen after, p95 (ms)', (s) => fixed(s.changeSeenP95Ms, 0)],
    [
      'KB / viewer / minute: bodies / wire',
      (s) =>
        `${fixed(s.bytesPerViewerPerMinute / 1024, 1)} / ${fixed(s.wireBytesPerViewerPerMinute / 1024, 1)}`,
    ],
    [
      'viewer threads busy: mean / busiest s',
      (s) =>
        s.utilisations
          .map((u, i) => `${fixed(100 * u, 0)}/${fixed(100 * (s.peakUtilisations[i] ?? 0), 0)} %`)
          .join(' '),
    ],
    ['  of which garbage collection', (s) => `${fixed(100 * s.gcShare, 0)} %`],
    ['viewer heap (MB)', (s) => fixed(s.heapMB, 0)],
    ['machine busy (all cores)', (s) => `${fixed(100 * s.cpu.machineBusy, 0)} %`],
    [
      '  cores: bench node / nginx / others',
      (s) =>
        [s.cpu.nodeCores, s.cpu.nginxCores, s.cpu.machineCores - s.cpu.nodeCores - s.cpu.nginxCores]
          .map((cores) => fixed(Math.max(0, cores), 2))
          .join(' / '),
    ],
    ['simulator CPU-bound', (s) => s.cpuBound],
  ]
  const header = ['', ...summaries.map((s) => s.name)]
  const body = rows.map(([label, value]) => [label, ...summaries.map(value)])
  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map((row) => row[i]?.length ?? 0)),
  )
  const line = (row: ReadonlyArray<string>) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
  return [line(header), ...body.map(line)].join('\n')
}

/** The product owner's goals, checked against what was measured. */
export function goalLines(summaries: ReadonlyArray<ScenarioSummary>): ReadonlyArray<string> {
  const lines: Array<string> = []
  for (const s of summaries.filter((s) => s.manifest)) {
    const perPoll = s.requestsPerUnchangedPoll
    lines.push(
      perPoll === null
        ? `${s.name}: no poll with unchanged data measured (every poll found new data); ` +
            `${fixed(s.requestsPerPoll, 2)} requests per viewer per poll overall`
        : `${s.name}: ${fixed(perPoll, 2)} requests per viewer per poll with unchanged data ` +
            `(goal ≤ 2): ${perPoll <= 2 ? 'met' : 'NOT met'}`,
    )
  }
  const withManifest = summaries.filter((s) => s.manifest).toSorted((a, b) => a.viewers - b.viewers)
  const fewest = withManifest[0]
  const most = withManifest.at(-1)
  if (fewest !== undefined && most !== undefined && most.viewers > fewest.viewers)
    lines.push(
      `origin load, ${fewest.viewers} → ${most.viewers} viewers (×${fixed(most.viewers / fewest.viewers, 0)}): ` +
        `${fixed(fewest.originRequestsPerSecond, 2)} → ${fixed(most.originRequestsPerSecond, 2)} requests/s ` +
        `(×${fixed(most.originRequestsPerSecond / Math.max(fewest.originRequestsPerSecond, 1e-9), 2)})`,
    )
  for (const s of summaries.filter((s) => s.cpuBound !== 'no'))
    lines.push(
      `${s.name}: the simulated viewers were CPU-bound ${s.cpuBound === 'yes' ? 'throughout' : 'in bursts after each update'} ` +
        `(viewer threads ${s.utilisations.map((u) => `${Math.round(100 * u)} %`).join(', ')} busy on average, ` +
        `${s.peakUtilisations.map((u) => `${Math.round(100 * u)} %`).join(', ')} in the busiest second; ` +
        `machine ${Math.round(100 * s.cpu.machineBusy)} %): its latencies include time queued behind ` +
        'other simulated viewers on this machine, not only the proxy',
    )
  return lines
}
