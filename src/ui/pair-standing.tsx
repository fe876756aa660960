import './pair-standing.css'
import type { ClassDef } from '../engine/types.ts'
import { pointsText } from '../model/format-points.ts'
import {
  pairStandingSentence,
  sidePlace,
  type PairSide,
  type PairStanding,
} from '../model/pair-standing.ts'
import { shownName } from '../model/provenance.ts'
import { ClassBadge } from './class-badge.tsx'

/**
 * Where each of a pair stands, each in its own class (docs/dashboard.md#views): name, class
 * badge, class position and points side by side, then the gap in one sentence, the words of
 * model/pair-standing.ts. Above the pair gap chart in Charts and Head-to-head.
 */
export function PairStandingLine({
  standing,
  classes,
}: {
  readonly standing: PairStanding
  /** The season's classes, for each side's badge in its class colour. */
  readonly classes: ReadonlyArray<ClassDef>
}) {
  const side = (entry: PairSide) => {
    const classDef = classes.find((c) => c.id === entry.classId)
    return (
      <li key={entry.id} className="pair-side">
        {classDef !== undefined && <ClassBadge classDef={classDef} />}
        <span className="pair-side-name">{shownName(entry.name)}</span>
        <span className="pair-side-place">{sidePlace(entry)}</span>
        <span className="pair-side-points">{pointsText(entry.points)}</span>
      </li>
    )
  }
  return (
    <div className="pair-standing">
      <ul className="pair-sides" aria-label="The pair">
        {side(standing.a)}
        {side(standing.b)}
      </ul>
      <p className="pair-sentence">{pairStandingSentence(standing)}</p>
    </div>
  )
}
