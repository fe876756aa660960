import { formatFault } from '../data/fault.ts'
import { loadSeasonFolder } from './load-season.ts'
import { manifestFaults } from './season-manifest.ts'

/**
 * `pitboard validate <folder>`: every fault and warning. Exit 1 when there is a fault, 2 when
 * a file could not be read at all.
 */
export async function runValidate(folder: string, print: (line: string) => void): Promise<number> {
  const loaded = await loadSeasonFolder(folder)
  const check = { ...loaded, faults: [...loaded.faults, ...manifestFaults(folder)] }
  for (const fault of check.faults) print(`error: ${formatFault(fault)}`)
  for (const warning of check.warnings) print(`warning: ${formatFault(warning)}`)
  const results = [...check.files.values()].filter((file) => file.kind === 'results').length
  if (check.faults.length > 0) {
    const s = check.faults.length === 1 ? '' : 's'
    print(`${folder}: ${check.faults.length} fault${s} found`)
    return check.unreadable.length > 0 ? 2 : 1
  }
  const races = check.season?.rounds.reduce((n, round) => n + round.races.length, 0) ?? 0
  print(
    `${folder}: valid (${races} races, ${results} with result files${check.warnings.length ? `, ${check.warnings.length} warnings` : ''})`,
  )
  return 0
}
