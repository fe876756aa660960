import { lstatSync, mkdirSync, realpathSync } from 'node:fs'
import { dirname, join, sep } from 'node:path'
import { UsageError } from './parse-args.ts'

/**
 * The result file's target, refused when it (or its folder) leads outside the season folder
 * (docs/hardening.md#writes): `import` and `watch` never write through a symbolic link.
 */
export function containedTarget(season: string, relative: string): string {
  const target = join(season, relative)
  mkdirSync(dirname(target), { recursive: true })
  const root = realpathSync(season)
  const folder = realpathSync(dirname(target))
  const link = lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink() === true
  if (link || (folder !== root && !folder.startsWith(`${root}${sep}`)))
    throw new UsageError(
      `${target} leads outside ${season} (a symbolic link): refusing to write through it`,
    )
  return target
}
