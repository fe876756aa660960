import '../../ui/view-controls.css'
import './head-to-head.css'
import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import type { ClassDef } from '../../engine/types.ts'
import type { PickedEntry } from '../../model/picked-entry.ts'
import { compareEntries } from '../../model/head-to-head.ts'
import { headToHeadTotals } from '../../model/head-to-head-totals.ts'
import { pairGap } from '../../model/pair-gap.ts'
import { noPairSentence, pairStanding } from '../../model/pair-standing.ts'
import type { Candidate } from '../../ui/candidate-groups.ts'
import { PairGapChart } from '../../ui/pair-gap-chart.tsx'
import { PairPicker } from '../../ui/pair-picker.tsx'
import { PairStandingLine } from '../../ui/pair-standing.tsx'
import {
  ALL_PUBLISHED,
  entryProvenance,
  shownName,
  type SeasonProvenance,
} from '../../model/provenance.ts'
import { shownProvenance } from '../../model/provenance-words.ts'
import { ProvenanceMarkOf, ProvenanceNote } from '../../ui/provenance-mark.tsx'
import { RaceByRace } from './race-by-race.tsx'

interface Props {
  readonly calendar: ReadonlyArray<CalendarRace>
  readonly step: number
  /** The two entries, each with its championship (two classes from All classes). */
  readonly pair: readonly [PickedEntry, PickedEntry]
  readonly candidates: ReadonlyArray<Candidate>
  readonly onPair: (pair: readonly [string, string]) => void
  /** The season's classes: each of the pair shows its class badge in its colour. */
  readonly classes?: ReadonlyArray<ClassDef>
  /** What of the season is reconstructed or a placeholder (model/provenance.ts). */
  readonly provenance?: SeasonProvenance
}

/**
 * Two entries side by side (docs/dashboard.md#views), each measured in its own class: where each
 * stands and the gap in words, the pair gap chart, season totals, and race by race.
 */
export function HeadToHead({ calendar, step, pair, candidates, onPair, ...props }: Props) {
  const provenance = props.provenance ?? ALL_PUBLISHED
  const result = compareEntries(pair[0], pair[1], step)
  const standing = pairStanding(pair[0], pair[1], step)
  const gaps = pairGap(pair[0], pair[1], step)
  const shown = result === null ? null : shownProvenance(provenance, [result.a, result.b])
  const teams = pair[0].progression.championship.kind === 'teams'
  return (
    <section className="h2h" aria-label="Head-to-head">
      <div className="toolbar">
        <PairPicker
          candidates={candidates}
          value={[pair[0].id, pair[1].id]}
          onChange={onPair}
          teams={teams}
        />
      </div>
      {result === null || standing === null ? (
        <p>{noPairSentence(pair[0], pair[1], step)}</p>
      ) : (
        <>
          <PairStandingLine standing={standing} classes={props.classes ?? []} />
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
              {headToHeadTotals(result, standing).map(([label, a, b]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td className="num">{a}</td>
                  <td className="num">{b}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <RaceByRace
            result={result}
            calendar={calendar}
            provenance={provenance}
            markEach={shown?.markEach === true}
          />
        </>
      )}
    </section>
  )
}
