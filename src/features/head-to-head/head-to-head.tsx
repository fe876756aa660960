import '../../ui/view-controls.css'
import './head-to-head.css'
import type { CalendarRace } from '../../engine/calendar.ts'
import { givenShort, isGiven } from '../../model/given-words.ts'
import { formatPoints } from '../../model/format-points.ts'
import type { EntryRace } from '../../engine/entry-race.ts'
import type { PickedEntry } from '../../model/picked-entry.ts'
import { STATUS_CODES } from '../../engine/status-code.ts'
import { shortNameOf } from '../../model/short-name.ts'
import { compareEntries } from '../../model/head-to-head.ts'
import { pairGap } from '../../model/pair-gap.ts'
import type { Candidate } from '../../ui/candidate-groups.ts'
import { EntryPicker } from '../../ui/entry-picker.tsx'
import { PairGapChart } from '../../ui/pair-gap-chart.tsx'
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
  readonly calendar: ReadonlyArray<CalendarRace>
  readonly step: number
  /** The two entries, each with its championship (two classes from All classes). */
  readonly pair: readonly [PickedEntry, PickedEntry]
  readonly candidates: ReadonlyArray<Candidate>
  readonly onPair: (pair: readonly [string, string]) => void
  /** What of the season is reconstructed or a placeholder (model/provenance.ts). */
  readonly provenance?: SeasonProvenance
}

function resultText(race: EntryRace | null): string {
  if (race === null) return '–'
  if (race.kind === 'team') return race.rank === null ? formatPoints(race.points) : `P${race.rank}`
  if (isGiven(race)) return givenShort(race)
  if (race.status !== 'classified') return STATUS_CODES[race.status]
  return `P${race.place ?? race.position ?? ''}`
}

/** Two drivers side by side: points per race, the gap after each, and who beat whom. */
export function HeadToHead({ calendar, step, pair, candidates, onPair, ...props }: Props) {
  const provenance = props.provenance ?? ALL_PUBLISHED
  const result = compareEntries(pair[0], pair[1], step)
  const gaps = pairGap(pair[0], pair[1], step)
  const shown = result === null ? null : shownProvenance(provenance, [result.a, result.b])
  const markEach = shown?.markEach === true
  const ids: readonly [string, string] = [pair[0].id, pair[1].id]
  const select = (slot: 0 | 1, id: string) => onPair(slot === 0 ? [id, ids[1]] : [ids[0], id])
  const picker = (slot: 0 | 1, label: string) => (
    <EntryPicker
      label={label}
      value={ids[slot]}
      candidates={candidates}
      onPick={(id) => select(slot, id)}
    />
  )
  return (
    <section className="h2h" aria-label="Head-to-head">
      <div className="toolbar">
        {picker(0, 'Driver A')}
        {picker(1, 'Driver B')}
      </div>
      {result === null ? (
        <p>Pick two entries of this championship.</p>
      ) : (
        <>
          <ProvenanceNote note={shown?.note ?? null} />
          {gaps !== null && <PairGapChart pair={gaps} />}
          <table className="h2h-summary">
            <caption className="sr-only">Season totals</caption>
            <thead>
              <tr>
                <th scope="col" />
                {[result.a, result.b].map((entry) => (
                  <th key={entry.id} scope="col">
                    {shownName(entry.name)}
                    <ProvenanceMarkOf
                      provenance={entryProvenance(provenance, entry.id)}
                      markEach={false}
                    />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['Position', result.a.position, result.b.position],
                  ['Points', formatPoints(result.a.points), formatPoints(result.b.points)],
                  ['Finished ahead', result.aheadCount.a, result.aheadCount.b],
                  ['Wins', result.a.stats.wins, result.b.stats.wins],
                  ['Podiums', result.a.stats.podiums, result.b.stats.podiums],
                  ['Poles', result.a.stats.poles, result.b.stats.poles],
                  ['Fastest laps', result.a.stats.fastestLaps, result.b.stats.fastestLaps],
                  ['DNFs', result.a.stats.dnfs, result.b.stats.dnfs],
                ] as const
              ).map(([label, a, b]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td className="num">{a}</td>
                  <td className="num">{b}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Race by race">
            <table className="standings">
              <caption>Race by race</caption>
              <thead>
                <tr>
                  <th scope="col">Race</th>
                  <th scope="col">{shortNameOf(result.a)}</th>
                  <NumHeader>Pts</NumHeader>
                  <th scope="col">{shortNameOf(result.b)}</th>
                  <NumHeader>Pts</NumHeader>
                  <th
                    scope="col"
                    className="num"
                    title={`${shortNameOf(result.a)} minus ${shortNameOf(result.b)}, after the race`}
                  >
                    Gap after
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.races.map((race) => {
                  const cal = calendar[race.raceIndex]
                  // A filled-in result carries †, unless the note says it of every one.
                  const mark = (id: string, entry: EntryRace | null) =>
                    markEach &&
                    entry !== null &&
                    isFilledIn(provenance, id, race.raceIndex) && (
                      <ProvenanceMarkOf provenance="reconstructed" markEach />
                    )
                  return (
                    <tr key={race.raceIndex}>
                      <th scope="row">
                        {cal?.label} <span className="muted">{cal?.round.name}</span>
                      </th>
                      <td className={race.ahead === 'a' ? 'ahead' : undefined}>
                        {resultText(race.a)}
                        {mark(result.a.id, race.a)}
                        {race.ahead === 'a' && <span className="sr-only"> (ahead)</span>}
                      </td>
                      <td className="num">{race.a === null ? '' : formatPoints(race.a.points)}</td>
                      <td className={race.ahead === 'b' ? 'ahead' : undefined}>
                        {resultText(race.b)}
                        {mark(result.b.id, race.b)}
                        {race.ahead === 'b' && <span className="sr-only"> (ahead)</span>}
                      </td>
                      <td className="num">{race.b === null ? '' : formatPoints(race.b.points)}</td>
                      <td className="num">
                        {race.gapAfter === null
                          ? ''
                          : race.gapAfter > 0
                            ? `+${formatPoints(race.gapAfter)}`
                            : formatPoints(race.gapAfter)}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
