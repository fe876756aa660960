import { readFileSync } from 'node:fs'

/** Clock ticks per second of /proc times (USER_HZ; 100 on Linux). */
const TICKS = 100

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

/** The whole machine's CPU time so far from /proc/stat, in ticks: busy and total. */
function machineTicks(): { readonly busy: number; readonly total: number } {
  const line = read('/proc/stat').split('\n')[0] ?? ''
  const values = line.trim().split(/\s+/).slice(1).map(Number)
  const total = values.reduce((sum, value) => sum + value, 0)
  const idle = (values[3] ?? 0) + (values[4] ?? 0)
  return { busy: total - idle, total }
}

/** CPU seconds used so far by a process and its children (nginx's workers), from /proc. */
function processTreeSeconds(pid: number): number {
  const own = read(`/proc/${pid}/stat`)
  // Fields after the command name (which may hold spaces) start at the last ")".
  const fields = own.slice(own.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0)
  const children = read(`/proc/${pid}/task/${pid}/children`).trim().split(/\s+/).filter(Boolean)
  return ticks / TICKS + children.reduce((sum, child) => sum + processTreeSeconds(Number(child)), 0)
}

/** What the machine, this Node process and nginx spent over a stretch of time. */
export interface CpuUse {
  /** Share of all cores busy, 0–1 (this bench and anything else running). */
  readonly machineBusy: number
  /** Cores' worth busy on the whole machine. */
  readonly machineCores: number
  /** Cores' worth used by this Node process (all its threads) and by nginx. */
  readonly nodeCores: number
  readonly nginxCores: number
}

export function startCpuMeter(nginxPid: number): () => CpuUse {
  const machine = machineTicks()
  const node = process.cpuUsage()
  const nginx = processTreeSeconds(nginxPid)
  const started = performance.now()
  return () => {
    const seconds = (performance.now() - started) / 1000
    const after = machineTicks()
    const used = process.cpuUsage(node)
    return {
      machineBusy: (after.busy - machine.busy) / Math.max(1, after.total - machine.total),
      machineCores: (after.busy - machine.busy) / TICKS / seconds,
      nodeCores: (used.user + used.system) / 1e6 / seconds,
      nginxCores: (processTreeSeconds(nginxPid) - nginx) / seconds,
    }
  }
}
