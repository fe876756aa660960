import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A checkout of an older commit beside this one, to benchmark side by side (`BENCH_BASE`). */
export interface BaseCheckout {
  readonly rev: string
  /** The checkout's folder; it shares this one's node_modules. */
  readonly root: string
  readonly remove: () => void
}

/** The commit `BENCH_BASE` names, checked out as a git worktree; null when it names none. */
export function baseCheckout(): BaseCheckout | null {
  const rev = process.env.BENCH_BASE
  if (rev === undefined || rev === '') return null
  const root = mkdtempSync(join(tmpdir(), 'pitboard-base-'))
  execFileSync('git', ['worktree', 'add', '--force', '--detach', root, rev], { stdio: 'ignore' })
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'))
  return {
    rev: rev.slice(0, 7),
    root,
    remove: () => {
      execFileSync('git', ['worktree', 'remove', '--force', root], { stdio: 'ignore' })
      rmSync(root, { recursive: true, force: true })
    },
  }
}

/**
 * Runs the older commit's own copy of a benchmark script (`script`, from the repository root)
 * and prints what it prints under a heading: the in-process benchmarks import the code by paths
 * that move between commits, so each commit measures itself.
 */
export function runAtBase(script: string): void {
  const base = baseCheckout()
  if (base === null) return
  try {
    console.log(`\n— the same benchmark at ${base.rev} (BENCH_BASE), same machine, same run —`)
    execFileSync('npx', ['tsx', script], {
      cwd: base.root,
      stdio: 'inherit',
      env: { ...process.env, BENCH_BASE: '' },
    })
  } finally {
    base.remove()
  }
}
