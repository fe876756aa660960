import type { LoggedRevision } from '../../data/live-season.ts'
import { clockTime } from '../../model/clock-time.ts'

/** What changed when a provisional or official result was revised, newest first, and why. */
export function RevisionLog({ revisions }: { readonly revisions: ReadonlyArray<LoggedRevision> }) {
  if (revisions.length === 0) return null
  return (
    <section className="revisions" aria-label="Revisions">
      <h2>Revisions</h2>
      <ol>
        {revisions.map((revision) => (
          <li key={`${revision.race}-${revision.at}`}>
            <strong>
              {clockTime(revision.at)} · {revision.raceName}
              {revision.status !== null && ` · ${revision.status.from} → ${revision.status.to}`}
            </strong>
            {revision.notes.length > 0 && <p className="why">{revision.notes.join(' ')}</p>}
            <p>
              {[...revision.cars, ...revision.standings].join('; ') || 'No change to any position.'}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
