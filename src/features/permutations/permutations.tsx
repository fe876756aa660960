import './permutations.css'
import {
  leaderColumn,
  noTableNote,
  permutationsHeading,
  weekendColumn,
  weekendHeading,
} from '../../model/permutations-table.ts'
import type { PermutationsView } from '../../model/permutations-view.ts'
import type { ScenarioSummary } from '../../model/scenario-summary.ts'
import { Skeleton } from '../../ui/skeleton.tsx'
import { PermutationsTable } from './permutations-table.tsx'

interface Props {
  /** The championship's name, for the loading label and when there is no table. */
  readonly championship: string
  /** The title scenarios after the race shown; null while worked out (`pending`) or none. */
  readonly summary: ScenarioSummary | null
  /** The next race's permutations (null: the title settled, no race left, or `pending`). */
  readonly permutations: PermutationsView | null
  /** Whether the scenarios or the permutations are still being worked out. */
  readonly pending: boolean
  /** "As it stands: " when a live or imagined race is counted as finished. */
  readonly prefix: string
}

/**
 * The championship permutations of the next race (docs/dashboard.md#permutations): the outlook
 * sentence, then each result the leader can take as a row, whether it clinches the title (always,
 * if, never), what each rival may do with it still clinching, and each rival's line.
 */
export function Permutations({
  championship,
  summary,
  permutations: view,
  pending,
  prefix,
}: Props) {
  if (summary === null || pending)
    return pending ? (
      <Skeleton label={`Working out the ${championship} permutations`} rows={8} />
    ) : (
      <p>No title picture for the {championship} championship yet.</p>
    )
  const sentence = summary.outlook?.sentence ?? null
  return (
    <section className="permutations" aria-label="Permutations">
      <h2>{permutationsHeading(view?.championship ?? championship, view?.race ?? null)}</h2>
      {sentence !== null && (
        <p className={`outlook permutations-sentence${view === null ? ' clinched' : ''}`}>
          {prefix}
          {sentence}
        </p>
      )}
      {view === null ? (
        <p className="muted">{noTableNote(summary)}</p>
      ) : (
        <>
          <PermutationsTable
            key={`${view.championship}-${view.raceId}`}
            column={leaderColumn(view)}
            rows={view.rows}
            by={view.by}
            rivals={view.rivals}
          />
          {view.weekend !== null && (
            <>
              <h3>{weekendHeading(view.weekend.races)}</h3>
              <PermutationsTable
                key={`${view.championship}-${view.weekend.raceIds.join()}`}
                column={weekendColumn(view, view.weekend.races)}
                rows={view.weekend.rows}
                by="points"
                rivals={view.rivals}
              />
            </>
          )}
          {view.rivals.some((rival) => rival.line !== null) && (
            <ul className="rival-lines" aria-label="Each rival">
              {view.rivals.map((rival) =>
                rival.line === null ? null : (
                  <li key={rival.id ?? rival.name}>
                    <strong>{rival.name}</strong>: {rival.line}
                  </li>
                ),
              )}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
