import '../../ui/view-controls.css'
import './import-review.css'
import { useMemo, useState } from 'react'
import type { CalendarRace } from '../../engine/calendar.ts'
import type { RowStatus, Season } from '../../engine/types.ts'
import type { ImportedRace } from '../../import/to-race-results.ts'
import { CSV_FIELDS, type CsvField, type CsvMapping } from '../../import/generic-csv.ts'
import { readTimingFile } from '../../import/read-timing-file.ts'
import { isPointsSheet } from '../../import/alkamel-points.ts'
import { parseJsonText } from '../../import/alkamel-sheet.ts'
import type { SeasonStandings } from '../../engine/season-standings.ts'
import { SheetReconciliation } from './sheet-reconciliation.tsx'
import { cappedList, moreText } from '../../model/capped-list.ts'
import { ImportedClassification } from './imported-classification.tsx'

const FIELD_LABELS: Readonly<Record<CsvField, string>> = {
  position: 'Position',
  car: 'Car number',
  class: 'Class',
  driver: 'Driver(s)',
  firstName: 'First name',
  lastName: 'Last name',
  team: 'Team',
  status: 'Status',
  laps: 'Laps',
  bestLap: 'Best lap',
}

/** Problems and new names listed before "and N more": enough to act on, never a wall. */
const FIRST_ITEMS = 50

interface Props {
  /** The season's standings: an official points sheet is compared with them. */
  readonly standings: SeasonStandings
  readonly fileName: string
  readonly text: string
  readonly season: Season
  /** Races of the season, with whether each already has results. */
  readonly races: ReadonlyArray<{ readonly race: CalendarRace; readonly hasResults: boolean }>
  /** Keeps the race in this browser; the reason when it could not (the review stays open). */
  readonly onAdd: (race: string, imported: ImportedRace) => string | null
  readonly onDownload: (race: string, imported: ImportedRace) => void
  readonly onCancel: () => void
  /** The column mapping remembered for this series (generic CSV), if any. */
  readonly savedMapping: CsvMapping | null
  readonly onMappingChange: (mapping: CsvMapping) => void
}

/**
 * The review step of an import (docs/importing.md#in-the-browser): which race the file is, the
 * classification it gives (each status can be confirmed or changed: timing files call every
 * starter "Classified"), the drivers and teams new to the season, and every problem by line.
 * An official points sheet opens its reconciliation instead.
 */
export function ImportReview(props: Props) {
  // An official points sheet is compared, not imported (docs/importing.md#reconcile).
  const json = parseJsonText(props.text, props.fileName)
  if (json !== null && 'json' in json && isPointsSheet(json.json))
    return (
      <SheetReconciliation
        fileName={props.fileName}
        text={props.text}
        standings={props.standings}
        onClose={props.onCancel}
      />
    )
  return <TimingFileReview {...props} />
}

function TimingFileReview(props: Props) {
  const { season, races } = props
  const firstOpen = races.find((r) => !r.hasResults)?.race.race.id ?? races[0]?.race.race.id ?? ''
  const [race, setRace] = useState(firstOpen)
  const [share, setShare] = useState(0.7)
  // Why the last "Add" could not keep the race (storage full or off); null when it could.
  const [refused, setRefused] = useState<string | null>(null)
  const [overrides, setOverrides] = useState<ReadonlyMap<string, RowStatus>>(new Map())
  const [mapping, setMapping] = useState<CsvMapping | null>(props.savedMapping)
  const { fileName, text } = props
  // Read once per choice, not on every render: a large file takes a moment to read.
  const read = useMemo(
    () =>
      readTimingFile(
        fileName,
        text,
        season,
        { race, minLapsShare: share, statusOverrides: overrides },
        mapping,
      ),
    [fileName, text, season, race, share, overrides, mapping],
  )
  const outcome = read.outcome
  const mapTo = (field: CsvField, column: string) => {
    const next: Partial<Record<CsvField, string>> = { ...read.mapping }
    if (column === '') delete next[field]
    else next[field] = column
    setMapping(next)
    props.onMappingChange(next)
  }
  // Names by id, built once: a lookup per row, never a search (a 50,000-row file took 50 s).
  const label = useMemo(() => {
    const names = new Map<string, string>(season.drivers.map((d) => [d.id, d.name]))
    if (!outcome.ok) return (id: string) => names.get(id) ?? id
    for (const d of outcome.value.newDrivers) names.set(d.id, `${d.name} (new)`)
    return (id: string) => names.get(id) ?? id
  }, [season, outcome])
  const errors = cappedList(outcome.ok ? [] : outcome.errors, FIRST_ITEMS)
  const warnings = cappedList(outcome.ok ? outcome.value.warnings : [], FIRST_ITEMS)
  const newcomers = outcome.ok
    ? cappedList(
        [
          ...outcome.value.newDrivers.map((d) => `driver ${d.name}`),
          ...outcome.value.newTeams.map((t) => `team ${t.name}`),
        ],
        FIRST_ITEMS,
      )
    : cappedList([], 0)
  return (
    <section className="import-review" aria-label="Import review">
      <h2>Import {props.fileName}</h2>
      <p className="muted">Read here, in your browser: nothing is uploaded.</p>
      <div className="toolbar">
        <label className="field">
          <span>Race</span>
          <select value={race} onChange={(e) => setRace(e.currentTarget.value)}>
            {races.map(({ race: r, hasResults }) => (
              <option key={r.race.id} value={r.race.id}>
                {r.label} {r.round.name} · {r.race.name}
                {hasResults ? ' (replaces its results here)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Classified with at least (share of class winner's laps)</span>
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={share}
            onChange={(e) => setShare(Number(e.currentTarget.value))}
          />
        </label>
      </div>
      {read.format === 'csv' && (
        <fieldset className="csv-mapping">
          <legend>Columns of this CSV (remembered for this series)</legend>
          {CSV_FIELDS.map((field) => (
            <label key={field} className="field">
              <span>{FIELD_LABELS[field]}</span>
              <select
                value={read.mapping[field] ?? ''}
                onChange={(e) => mapTo(field, e.currentTarget.value)}
              >
                <option value="">—</option>
                {read.columns.map((column) => (
                  <option key={column} value={column}>
                    {column}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {!outcome.ok ? (
        <ul role="alert" className="faults">
          {errors.shown.map((error) => (
            <li key={error}>{error}</li>
          ))}
          {errors.more > 0 && <li>…{moreText(errors.more)} problems</li>}
        </ul>
      ) : (
        <>
          {warnings.shown.length > 0 && (
            <ul className="import-warnings">
              {warnings.shown.map((w) => (
                <li key={w}>{w}</li>
              ))}
              {warnings.more > 0 && <li>…{moreText(warnings.more)} warnings</li>}
            </ul>
          )}
          <p className="import-status">
            Imported as {outcome.value.results.status}
            {read.format === 'alkamel' && outcome.value.results.notes !== undefined
              ? ', with the notes the file gives:'
              : ''}
          </p>
          {outcome.value.results.notes !== undefined && (
            <ul className="import-notes" aria-label="Notes on the race">
              {outcome.value.results.notes.map((note) => (
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
            rows={outcome.value.results.rows}
            label={label}
            onStatus={(car, status) => setOverrides(new Map([...overrides, [car, status]]))}
          />
        </>
      )}
      {refused !== null && (
        <p className="import-refused" role="alert">
          {refused}
        </p>
      )}
      <div className="toolbar">
        <button
          type="button"
          disabled={!outcome.ok}
          onClick={() => {
            if (outcome.ok) setRefused(props.onAdd(race, outcome.value))
          }}
        >
          Add to the season in this browser
        </button>
        <button
          type="button"
          disabled={!outcome.ok}
          onClick={() => outcome.ok && props.onDownload(race, outcome.value)}
        >
          Download result file
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  )
}
