import { removeLocalImport } from '../../data/keep-local-imports.ts'
import type { LocalImports } from '../../data/local-imports.ts'
import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import { listOfRaceIds } from '../../model/race-name.ts'
import { downloadText } from '../../ui/download.ts'

/** Says which races come from files imported in this browser, with Download and Remove. */
export function LocalImportsBanner({
  path,
  local,
  calendar,
}: {
  readonly path: string
  readonly local: LocalImports
  readonly calendar: ReadonlyArray<CalendarRace>
}) {
  if (local.races.size === 0 && local.problems.length === 0) return null
  return (
    <section className="local-imports" aria-label="Imported in this browser">
      {local.problems.map((problem) => (
        <p key={problem} role="alert">
          {problem}
        </p>
      ))}
      {[...local.races].map(([race, { file, results }]) => {
        const named = listOfRaceIds(calendar, [race], { more: true })
        const label = named === '' ? race : named
        return (
          <p key={race}>
            <strong>Imported in this browser, not published:</strong> {label} from {file}.{' '}
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `${race}.json`,
                  'application/json',
                  `${JSON.stringify(results, null, 2)}\n`,
                )
              }
            >
              Download {race}.json
            </button>{' '}
            <button type="button" onClick={() => removeLocalImport(path, race)}>
              Remove
            </button>
          </p>
        )
      })}
    </section>
  )
}
