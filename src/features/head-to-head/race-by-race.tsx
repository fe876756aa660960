import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import { formatPoints } from '../../model/format-points.ts'
import type { HeadToHead } from '../../model/head-to-head.ts'
import { isFilledIn, type SeasonProvenance } from '../../model/provenance.ts'
import { resultCell } from '../../model/result-cell.ts'
import { shortNameOf } from '../../model/short-name.ts'
import { NumHeader } from '../../ui/num-header.tsx'
import { ProvenanceMarkOf } from '../../ui/provenance-mark.tsx'

/** The pair race by race: each one's result and points, who was ahead, the gap after. */
export function RaceByRace({
  result,
  calendar,
  provenance,
  markEach,
}: {
  readonly result: HeadToHead
  readonly calendar: ReadonlyArray<CalendarRace>
  readonly provenance: SeasonProvenance
  /** A filled-in result carries †, unless the note says it of every one. */
  readonly markEach: boolean
}) {
  const nameA = shortNameOf(result.a)
  const nameB = shortNameOf(result.b)
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Race by race">
      <table className="standings">
        <caption>Race by race</caption>
        <thead>
          <tr>
            <th scope="col">Race</th>
            <th scope="col">{nameA}</th>
            <NumHeader>Pts</NumHeader>
            <th scope="col">{nameB}</th>
            <NumHeader>Pts</NumHeader>
            <th scope="col" className="num" title={`${nameA} minus ${nameB}, after the race`}>
              Gap after
            </th>
          </tr>
        </thead>
        <tbody>
          {result.races.map((race) => {
            const cal = calendar[race.raceIndex]
            const cell = (who: 'a' | 'b') => {
              const entry = race[who]
              // The result as the grid writes it (model/result-cell.ts); no result is "–".
              const shown = entry === null ? null : resultCell(entry, false, cal?.label ?? '')
              return (
                <>
                  <td className={race.ahead === who ? 'ahead' : undefined} title={shown?.detail}>
                    {shown === null ? '–' : shown.text}
                    {shown?.pole === true && <sup className="mark">P</sup>}
                    {shown?.fastestLap === true && <sup className="mark">F</sup>}
                    {markEach &&
                      entry !== null &&
                      isFilledIn(provenance, result[who].id, race.raceIndex) && (
                        <ProvenanceMarkOf provenance="reconstructed" markEach />
                      )}
                    {race.ahead === who && <span className="sr-only"> (ahead)</span>}
                  </td>
                  <td className="num">{entry === null ? '' : formatPoints(entry.points)}</td>
                </>
              )
            }
            return (
              <tr key={race.raceIndex}>
                <th scope="row">
                  {cal?.label} <span className="muted">{cal?.round.name}</span>
                </th>
                {cell('a')}
                {cell('b')}
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
  )
}
