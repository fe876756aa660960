import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { formatFault } from '../data/fault.ts'
import type { Command } from './parse-args.ts'
import { recoverSeasonFolder } from './recover-season-folder.ts'
import { manifestFaults, writeSeasonManifest } from './season-manifest.ts'
import { JOURNAL_FILE } from './write-atomic.ts'

type ManifestCommand = Extract<Command, { name: 'manifest' }>

/**
 * `pitboard manifest <folder>` (docs/cli.md#manifest): completes a write a crash interrupted,
 * then writes the manifest. With --check it writes nothing: it says whether the manifest agrees
 * with the files beside it (exit 1 when not, or when a write was interrupted).
 */
export function runManifest(command: ManifestCommand, print: (line: string) => void): number {
  const { folder } = command
  if (command.check) {
    const interrupted = existsSync(join(folder, JOURNAL_FILE))
    if (interrupted)
      print(`${folder}: a write was interrupted: run "pitboard manifest ${folder}" to complete it`)
    const faults = manifestFaults(folder)
    for (const fault of faults) print(formatFault(fault))
    if (!interrupted && faults.length === 0) print(`${folder}/manifest.json agrees with its files`)
    return interrupted || faults.length > 0 ? 1 : 0
  }
  for (const line of recoverSeasonFolder(folder)) print(`${folder}: ${line}`)
  const changed = writeSeasonManifest(folder)
  print(
    changed.length === 0
      ? `${folder}/manifest.json is up to date`
      : `wrote ${folder}/manifest.json (${changed.join(', ')})`,
  )
  return 0
}
