import '../../ui/view-controls.css'
import './import-review.css'
import { useMemo, useState } from 'react'
import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import type { RowStatus, Season } from '../../engine/types.ts'
import type { ImportedRace } from '../../import/to-race-results.ts'
import type { CsvField, CsvMapping } from '../../import/generic-csv.ts'
import { readTimingFile } from '../../import/read-timing-file.ts'
import { isPointsSheet } from '../../import/alkamel-points.ts'
import { parseJsonText } from '../../import/alkamel-sheet.ts'
import type { SeasonStandings } from '../../engine/scoring/season-standings.ts'
import { SheetReconciliation } from './sheet-reconciliation.tsx'
import { CsvMappingFields } from './csv-mapping-fields.tsx'
import { ImportOutcome } from './import-outcome.tsx'

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
  const [guests, setGuests] = useState<ReadonlySet<string>>(new Set())
  const [mapping, setMapping] = useState<CsvMapping | null>(props.savedMapping)
  const { fileName, text } = props
  // Read once per choice, not on every render: a large file takes a moment to read.
  const read = useMemo(
    () =>
      readTimingFile(
        fileName,
        text,
        season,
        { race, minLapsShare: share, statusOverrides: overrides, guests },
        mapping,
      ),
    [fileName, text, season, race, share, overrides, guests, mapping],
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
        {read.lapShare && (
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
        )}
      </div>
      {read.format === 'csv' && (
        <CsvMappingFields columns={read.columns} mapping={read.mapping} onMap={mapTo} />
      )}
      <ImportOutcome
        outcome={outcome}
        alKamel={read.format === 'alkamel'}
        label={label}
        onStatus={(car, status) => setOverrides(new Map([...overrides, [car, status]]))}
        onGuest={(car, guest) =>
          setGuests(new Set(guest ? [...guests, car] : [...guests].filter((g) => g !== car)))
        }
      />
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
