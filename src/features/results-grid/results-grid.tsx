import './results-grid.css'
import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import { raceDate } from '../../model/race-date.ts'
import { calendarName } from '../../model/race-name.ts'
import { formatPoints } from '../../model/format-points.ts'
import type { StandingRow } from '../../engine/scoring/standings.ts'
import { resultCell } from '../../model/result-cell.ts'
import { NumHeader } from '../../ui/num-header.tsx'
import {
  ALL_PUBLISHED,
  entryProvenance,
  isFilledIn,
  resultProvenance,
  shownName,
  type SeasonProvenance,
} from '../../model/provenance.ts'
import {
  provenanceMark,
  RECONSTRUCTED_SYMBOL,
  shownProvenance,
} from '../../model/provenance-words.ts'
import { ProvenanceMarkOf, ProvenanceNote } from '../../ui/provenance-mark.tsx'
import { GridLegend } from './grid-legend.tsx'

interface Props {
  readonly caption: string
  readonly rows: ReadonlyArray<StandingRow>
  readonly calendar: ReadonlyArray<CalendarRace>
  /** Calendar index of the race the standings are after; later races are shown empty. */
  readonly lastIndex: number
  readonly linkFor: ((id: string) => string) | null
  /** What of the season is reconstructed or a placeholder (model/provenance.ts). */
  readonly provenance?: SeasonProvenance
}

const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
}

/**
 * Entry × race matrix, rounds grouped by weekend: a text code in every cell (place, Ret, DNS,
 * DSQ, NC), colour by outcome, P/F marks for pole and fastest lap, dropped results struck
 * through. Arrow keys move between cells; the focused cell's points are spelled out below.
 */
export function ResultsGrid(props: Props) {
  const { caption, rows, calendar, lastIndex, linkFor } = props
  const provenance = props.provenance ?? ALL_PUBLISHED
  // Only a teams' grid has no driver cards to link to.
  const isTeams = linkFor === null
  const shown = shownProvenance(provenance, rows, isTeams)
  const noteId = useId()
  const [active, setActive] = useState<readonly [number, number]>([0, 0])
  const [row, col] = active
  const races = calendar
  // Each row's results by race, looked up once: a cell is then a map read, not a search.
  const byRace = useMemo(
    () =>
      rows.map((entry) => ({
        results: new Map(entry.races.map((result) => [result.raceIndex, result])),
        dropped: new Set(entry.dropped),
      })),
    [rows],
  )
  const cellAt = (r: number, c: number) => {
    const entry = rows[r]
    const race = races[c]
    const lookup = byRace[r]
    if (entry === undefined || race === undefined || lookup === undefined) return null
    const result = race.index > lastIndex ? undefined : lookup.results.get(race.index)
    const cell = resultCell(
      result,
      lookup.dropped.has(race.race.id),
      `${shownName(entry.name)}, ${race.race.name} (${race.round.name})`,
    )
    if (result === undefined) return { ...cell, filledIn: false }
    // A placeholder's cell says so; a filled-in result too, unless the note says it of all.
    const filledIn = shown.markEach && isFilledIn(provenance, entry.id, race.index)
    const said = [
      resultProvenance(provenance, entry.id, race.index) === 'placeholder'
        ? provenanceMark('placeholder', isTeams).label
        : '',
      filledIn ? provenanceMark('reconstructed').label : '',
    ].filter((words) => words !== '')
    return { ...cell, detail: [cell.detail, ...said].join('; '), filledIn }
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const move = MOVES[event.key]
    if (move === undefined) return
    event.preventDefault()
    const next = [
      Math.min(rows.length - 1, Math.max(0, row + move[0])),
      Math.min(races.length - 1, Math.max(0, col + move[1])),
    ] as const
    setActive(next)
    event.currentTarget.querySelector<HTMLElement>(`[data-cell="${next[0]}-${next[1]}"]`)?.focus()
  }
  const rounds = calendar.reduce<Array<{ name: string; span: number; key: number }>>(
    (acc, race) => {
      const last = acc.at(-1)
      if (last !== undefined && last.key === race.round.round) last.span += 1
      else acc.push({ name: race.round.name, span: 1, key: race.round.round })
      return acc
    },
    [],
  )
  const focused = cellAt(row, col)
  return (
    <div className="grid-wrap">
      <ProvenanceNote note={shown.note} id={noteId} />
      <div className="table-scroll">
        <table
          className="results-grid"
          onKeyDown={onKeyDown}
          aria-describedby={shown.note === null ? undefined : noteId}
        >
          <caption>
            {caption}: results by race{' '}
            <span className="sr-only">(arrow keys move between cells)</span>
          </caption>
          <thead>
            <tr>
              <td className="name-col" />
              {rounds.map((round) => (
                <th
                  key={round.key}
                  scope="colgroup"
                  colSpan={round.span}
                  // A one-race round's name runs upwards: the column stays as narrow as its
                  // results, so a 21-race F1 grid fits 1400 px with its points on screen.
                  className={round.span === 1 ? 'round-head single' : 'round-head'}
                >
                  <span>{round.name}</span>
                </th>
              ))}
              <td />
            </tr>
            <tr>
              <th scope="col" className="name-col">
                Name
              </th>
              {races.map((race) => (
                <th
                  key={race.race.id}
                  scope="col"
                  title={`${calendarName(race)}, ${raceDate(race.race)}`}
                >
                  {race.label}
                </th>
              ))}
              <NumHeader>Pts</NumHeader>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry, r) => (
              <tr key={entry.id}>
                <th scope="row" className="name-col">
                  <span className="grid-pos">{entry.position}</span>{' '}
                  {linkFor === null ? (
                    shownName(entry.name)
                  ) : (
                    <a href={linkFor(entry.id)} data-nav tabIndex={-1}>
                      {shownName(entry.name)}
                    </a>
                  )}
                  <ProvenanceMarkOf
                    provenance={entryProvenance(provenance, entry.id)}
                    markEach={false}
                    isTeam={isTeams}
                  />
                </th>
                {races.map((race, c) => {
                  const cell = cellAt(r, c)
                  if (cell === null) return null
                  const isActive = r === row && c === col
                  return (
                    <td
                      key={race.race.id}
                      data-cell={`${r}-${c}`}
                      tabIndex={isActive ? 0 : -1}
                      className={`cell ${cell.kind}${cell.dropped ? ' is-dropped' : ''}`}
                      title={cell.detail}
                      aria-label={cell.detail}
                      onFocus={() => setActive([r, c])}
                    >
                      {cell.text}
                      {cell.pole && <sup className="mark">P</sup>}
                      {cell.fastestLap && <sup className="mark">F</sup>}
                      {cell.filledIn && (
                        <sup className="mark" aria-hidden="true">
                          {RECONSTRUCTED_SYMBOL}
                        </sup>
                      )}
                    </td>
                  )
                })}
                <td className="num pts">{formatPoints(entry.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="cell-detail" aria-live="polite">
        {focused?.detail ?? ''}
      </p>
      <GridLegend
        markEach={shown.markEach}
        placeholders={shown.placeholders > 0}
        isTeams={isTeams}
      />
    </div>
  )
}
