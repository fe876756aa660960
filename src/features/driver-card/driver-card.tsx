import '../../ui/view-controls.css'
import './driver-card.css'
import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import { formatGap, formatPoints } from '../../model/format-points.ts'
import { ordinal } from '../../model/ordinal.ts'
import type { ScoredRow } from '../../engine/scoring/score-race.ts'
import type { StandingRow } from '../../engine/scoring/standings.ts'
import type { Season } from '../../engine/types.ts'
import { ClassBadge } from '../../ui/class-badge.tsx'
import { EntryPicker } from '../../ui/entry-picker.tsx'
import { entryMeta } from '../../model/entry-meta.ts'
import { NumHeader } from '../../ui/num-header.tsx'
import {
  ALL_PUBLISHED,
  entryProvenance,
  isFilledIn,
  shownName,
  type SeasonProvenance,
} from '../../model/provenance.ts'
import { shownProvenance } from '../../model/provenance-words.ts'
import { ProvenanceMarkOf, ProvenanceNote } from '../../ui/provenance-mark.tsx'

interface Props {
  readonly season: Season
  readonly calendar: ReadonlyArray<CalendarRace>
  /** The championship the card reads, and the driver's row of its table (null: not in it yet). */
  readonly championship: string
  readonly row: StandingRow | null
  readonly driver: string
  /** The drivers to choose from, in table order. */
  readonly candidates: ReadonlyArray<{ readonly id: string; readonly name: string }>
  readonly onDriver: (id: string) => void
  /** What of the season is reconstructed or a placeholder (model/provenance.ts). */
  readonly provenance?: SeasonProvenance
}

import { STATUS_CODES } from '../../engine/scoring/status-code.ts'

const STATUS = { classified: 'Classified', ...STATUS_CODES } as const

function pts(value: number): string {
  return value === 0 ? '' : formatPoints(value)
}

/** One driver's season: every race with its place and every part of its points (docs/scoring-rules.md#race-points). */
export function DriverCard(props: Props) {
  const { season, calendar, championship, row, driver } = props
  const name = shownName(season.drivers.find((d) => d.id === driver)?.name ?? driver)
  const provenance = props.provenance ?? ALL_PUBLISHED
  const mark = (
    <ProvenanceMarkOf provenance={entryProvenance(provenance, driver)} markEach={false} />
  )
  // The Driver view's own way to choose a driver (not only by a name in the standings).
  const picker = (
    <EntryPicker
      className="field driver-picker"
      label="Driver"
      value={driver}
      candidates={props.candidates}
      onPick={props.onDriver}
    />
  )
  if (row === null)
    return (
      <section className="driver-card" aria-label={name}>
        {picker}
        <h2>
          {name}
          {mark}
        </h2>
        <p>No results in {championship} yet.</p>
      </section>
    )
  const meta = entryMeta(season, row.id, row.races, false)
  const cars = row.races.filter((r): r is ScoredRow => r.kind === 'car')
  // One-class series (F1) have no class place or badge worth showing.
  const classes = season.classes.length > 1
  const shown = shownProvenance(provenance, [row])
  const stats: ReadonlyArray<readonly [string, string | number]> = [
    ['Position', row.position],
    ['Points', formatPoints(row.points)],
    ['Gap to leader', formatGap(row.gapToLeader, props.candidates[0]?.id === row.id)],
    ['Wins', row.stats.wins],
    ['Podiums', row.stats.podiums],
    ['Poles', row.stats.poles],
    ['Fastest laps', row.stats.fastestLaps],
    ['Starts', row.stats.starts],
    ['DNFs', row.stats.dnfs],
    ['Best finish', row.stats.bestFinish === null ? '–' : ordinal(row.stats.bestFinish)],
  ]
  return (
    <section className="driver-card" aria-label={name}>
      {picker}
      <header className="card-head">
        <h2>
          {meta.car !== null && <span className="car-number">#{meta.car}</span>} {name}
          {mark}
        </h2>
        <p>
          {meta.country !== null && <span className="country">{meta.country}</span>} {meta.team}{' '}
          {classes && meta.classDef !== null && <ClassBadge classDef={meta.classDef} />} ·{' '}
          {championship}
        </p>
        <ProvenanceNote note={shown.note} />
      </header>
      <dl className="stat-grid">
        {stats.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Race by race">
        <table className="standings breakdown">
          <caption>Race by race</caption>
          <thead>
            <tr>
              <th scope="col">Race</th>
              <NumHeader>Overall</NumHeader>
              {classes && <NumHeader>Class</NumHeader>}
              <th scope="col">Status</th>
              <NumHeader>Place pts</NumHeader>
              <NumHeader>Pole</NumHeader>
              <NumHeader>FL</NumHeader>
              <NumHeader>Penalty</NumHeader>
              <NumHeader>Total</NumHeader>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {cars.map((car) => {
              const race = calendar[car.raceIndex]
              const dropped = race !== undefined && row.dropped.includes(race.race.id)
              return (
                <tr
                  key={`${car.raceIndex}-${car.car}`}
                  className={dropped ? 'is-dropped' : undefined}
                >
                  <th scope="row">
                    {race?.label}
                    {shown.markEach && isFilledIn(provenance, row.id, car.raceIndex) && (
                      <ProvenanceMarkOf provenance="reconstructed" markEach />
                    )}{' '}
                    <span className="muted">{race?.round.name}</span>
                  </th>
                  <td className="num">{car.position ?? '–'}</td>
                  {classes && <td className="num">{car.classPosition ?? '–'}</td>}
                  <td>{STATUS[car.status]}</td>
                  <td className="num">
                    {car.multiplier === 1
                      ? formatPoints(car.positionPoints)
                      : `${formatPoints(car.tablePoints)} × ${car.multiplier}`}
                  </td>
                  <td className="num">{pts(car.polePoints)}</td>
                  <td className="num">{pts(car.fastestLapPoints)}</td>
                  <td className="num">
                    {car.penaltyPoints === 0 ? '' : `−${formatPoints(car.penaltyPoints)}`}
                  </td>
                  <td className="num pts">
                    {dropped ? <s>{formatPoints(car.points)}</s> : formatPoints(car.points)}
                  </td>
                  <td>{dropped ? 'dropped' : (car.row.reason ?? '')}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
