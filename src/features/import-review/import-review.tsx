import { useState } from 'react'
import type { CalendarRace } from '../../engine/calendar.ts'
import type { RowStatus, Season } from '../../engine/types.ts'
import type { ImportedRace } from '../../import/to-race-results.ts'
import { CSV_FIELDS, type CsvField, type CsvMapping } from '../../import/generic-csv.ts'
import { readTimingFile } from '../../import/read-timing-file.ts'
import { NumHeader } from '../../ui/num-header.tsx'

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

const STATUSES: ReadonlyArray<RowStatus> = ['classified', 'dnf', 'dns', 'dsq', 'nc']

interface Props {
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
 */
export function ImportReview(props: Props) {
  const { season, races } = props
  const firstOpen = races.find((r) => !r.hasResults)?.race.race.id ?? races[0]?.race.race.id ?? ''
  const [race, setRace] = useState(firstOpen)
  const [share, setShare] = useState(0.7)
  // Why the last "Add" could not keep the race (storage full or off); null when it could.
  const [refused, setRefused] = useState<string | null>(null)
  const [overrides, setOverrides] = useState<ReadonlyMap<string, RowStatus>>(new Map())
  const [mapping, setMapping] = useState<CsvMapping | null>(props.savedMapping)
  const read = readTimingFile(
    props.fileName,
    props.text,
    season,
    { race, minLapsShare: share, statusOverrides: overrides },
    mapping,
  )
  const outcome = read.outcome
  const mapTo = (field: CsvField, column: string) => {
    const next: Partial<Record<CsvField, string>> = { ...read.mapping }
    if (column === '') delete next[field]
    else next[field] = column
    setMapping(next)
    props.onMappingChange(next)
  }
  const newIds = outcome.ok
    ? new Set([
        ...outcome.value.newDrivers.map((d) => d.id),
        ...outcome.value.newTeams.map((t) => t.id),
      ])
    : new Set<string>()
  const name = (id: string) =>
    season.drivers.find((d) => d.id === id)?.name ??
    (outcome.ok ? outcome.value.newDrivers.find((d) => d.id === id)?.name : undefined) ??
    id
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
                R{r.index + 1} {r.round.name} · {r.race.name}
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
          {outcome.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : (
        <>
          {outcome.value.warnings.length > 0 && (
            <ul className="import-warnings">
              {outcome.value.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {newIds.size > 0 && (
            <p>
              New to this season:{' '}
              {[
                ...outcome.value.newDrivers.map((d) => `driver ${d.name}`),
                ...outcome.value.newTeams.map((t) => `team ${t.name}`),
              ].join(', ')}
              .
            </p>
          )}
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label="Imported classification"
          >
            <table className="standings">
              <caption>Classification to import</caption>
              <thead>
                <tr>
                  <NumHeader>Pos</NumHeader>
                  <th scope="col">Car</th>
                  <th scope="col">Class</th>
                  <th scope="col" className="name-col">
                    Drivers
                  </th>
                  <NumHeader>Laps</NumHeader>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {outcome.value.results.rows.map((row) => (
                  <tr key={row.car}>
                    <td className="num">{row.status === 'classified' ? row.position : ''}</td>
                    <td>
                      #{row.car}
                      {row.pole ? ' P' : ''}
                      {row.fastestLap ? ' F' : ''}
                    </td>
                    <td>{row.class}</td>
                    <th scope="row" className="name-col">
                      {row.drivers
                        .map((id) => `${name(id)}${newIds.has(id) ? ' (new)' : ''}`)
                        .join(', ')}
                    </th>
                    <td className="num">{row.laps ?? ''}</td>
                    <td>
                      <select
                        aria-label={`Status of car ${row.car}`}
                        value={row.status}
                        onChange={(e) => {
                          const value = STATUSES.find((s) => s === e.currentTarget.value)
                          if (value !== undefined)
                            setOverrides(new Map([...overrides, [row.car, value]]))
                        }}
                      >
                        {STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {s}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
