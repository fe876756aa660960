import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { writeSeasonManifest } from '../../src/cli/season-manifest.ts'
import { writeFileAtomic } from '../../src/cli/write-atomic.ts'
import { contentVersion } from '../../src/data/content-version.ts'

interface RawResults {
  readonly rows: ReadonlyArray<Readonly<Record<string, unknown>>>
  readonly [key: string]: unknown
}

/**
 * The running order of a race during the race, step by step: the finished result with two
 * neighbouring classified cars swapped (a different pair each step), positions renumbered,
 * fastest laps not yet awarded, status "live" and a new `updatedAt` — a valid result file whose
 * text changes every step.
 */
export function liveRunningOrder(officialText: string, step: number, at: Date): string {
  const official = JSON.parse(officialText) as RawResults
  const classified = official.rows.filter((row) => row.status === 'classified')
  const others = official.rows.filter((row) => row.status !== 'classified')
  const order = [...classified]
  const k = (step * 7) % Math.max(1, order.length - 1)
  const a = order[k]
  const b = order[k + 1]
  if (a !== undefined && b !== undefined) [order[k], order[k + 1]] = [b, a]
  const rows = [
    ...order.map((row, i) => ({ ...row, position: i + 1, fastestLap: undefined })),
    ...others,
  ]
  const live = {
    ...official,
    notes: undefined,
    status: 'live',
    updatedAt: at.toISOString().replace(/\.\d+Z$/, 'Z'),
    rows,
  }
  return `${JSON.stringify(live, null, 2)}\n`
}

export interface OperatorWrite {
  /** The version (content-version) of the result file written. */
  readonly version: string
  /** When the write was complete: the manifest too, when the folder has one. */
  readonly at: number
}

export interface Operator {
  readonly writes: ReadonlyArray<OperatorWrite>
  readonly stop: () => void
}

/**
 * The timing operator of a live race: every `everyMs` writes a new running order to
 * `results/<race>.json` (atomically), then rewrites the manifest — or, for a folder without one
 * (the old way), only the result file. With `prefetch`, the new file's versioned address is fetched
 * once through the proxy between the two writes, so no viewer waits for the proxy's first fetch.
 * The first write happens before this returns.
 */
export async function startOperator(
  folder: string,
  options: {
    readonly race: string
    readonly everyMs: number
    readonly withManifest: boolean
    readonly prefetch?: (path: string, version: string) => Promise<void>
  },
): Promise<Operator> {
  const path = join(folder, 'results', `${options.race}.json`)
  const official = readFileSync(path, 'utf8')
  const writes: Array<OperatorWrite> = []
  let step = 0
  let busy = false
  const write = async () => {
    if (busy) return
    busy = true
    try {
      const text = liveRunningOrder(official, step, new Date())
      step += 1
      const version = contentVersion(text)
      writeFileAtomic(path, text)
      if (options.withManifest) {
        await options.prefetch?.(`results/${options.race}.json`, version)
        writeSeasonManifest(folder)
      }
      writes.push({ version, at: Date.now() })
    } finally {
      busy = false
    }
  }
  if (options.withManifest) writeSeasonManifest(folder)
  else rmSync(join(folder, 'manifest.json'), { force: true })
  await write()
  const timer = setInterval(() => void write(), options.everyMs)
  return { writes, stop: () => clearInterval(timer) }
}
