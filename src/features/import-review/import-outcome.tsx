import type { RowStatus } from '../../engine/types.ts'
import type { Parsed } from '../../import/alkamel-results.ts'
import type { ImportedRace } from '../../import/to-race-results.ts'
import { cappedList, moreText } from '../../model/capped-list.ts'
import { ImportedClassification } from './imported-classification.tsx'

/** Problems and new names listed before "and N more": enough to act on, never a wall. */
const FIRST_ITEMS = 50

/**
 * What a timing file gives, before it is added (docs/importing.md#in-the-browser): every problem
 * by line, or the warnings, the status it imports as and the notes it carries, the names new to
 * the season and the classification, each status open to change.
 */
export function ImportOutcome({
  outcome,
  alKamel,
  label,
  onStatus,
  onGuest,
}: {
  readonly outcome: Parsed<ImportedRace>
  /** An Al Kamel file: its notes are the stewards' decisions it gives. */
  readonly alKamel: boolean
  readonly label: (id: string) => string
  readonly onStatus: (car: string, status: RowStatus) => void
  readonly onGuest: (car: string, guest: boolean) => void
}) {
  if (!outcome.ok) {
    const errors = cappedList(outcome.errors, FIRST_ITEMS)
    return (
      <ul role="alert" className="faults">
        {errors.shown.map((error) => (
          <li key={error}>{error}</li>
        ))}
        {errors.more > 0 && <li>…{moreText(errors.more)} problems</li>}
      </ul>
    )
  }
  const { results, warnings, newDrivers, newTeams } = outcome.value
  const warned = cappedList(warnings, FIRST_ITEMS)
  const newcomers = cappedList(
    [...newDrivers.map((d) => `driver ${d.name}`), ...newTeams.map((t) => `team ${t.name}`)],
    FIRST_ITEMS,
  )
  return (
    <>
      {warned.shown.length > 0 && (
        <ul className="import-warnings">
          {warned.shown.map((w) => (
            <li key={w}>{w}</li>
          ))}
          {warned.more > 0 && <li>…{moreText(warned.more)} warnings</li>}
        </ul>
      )}
      <p className="import-status">
        Imported as {results.status}
        {alKamel && results.notes !== undefined ? ', with the notes the file gives:' : ''}
      </p>
      {results.notes !== undefined && (
        <ul className="import-notes" aria-label="Notes on the race">
          {results.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {newcomers.shown.length > 0 && (
        <p>
          New to this season: {newcomers.shown.join(', ')}
          {moreText(newcomers.more)}.
        </p>
      )}
      <ImportedClassification
        rows={results.rows}
        label={label}
        onStatus={onStatus}
        onGuest={onGuest}
      />
    </>
  )
}
