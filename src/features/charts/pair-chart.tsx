import type { ClassDef } from '../../engine/types.ts'
import type { PickedEntry } from '../../model/picked-entry.ts'
import { pairGap } from '../../model/pair-gap.ts'
import { noPairSentence, pairStanding } from '../../model/pair-standing.ts'
import { PairGapChart } from '../../ui/pair-gap-chart.tsx'
import { PairStandingLine } from '../../ui/pair-standing.tsx'

/**
 * The gap between the first two entries picked (`chart=pair`): where each stands in its own
 * class and the gap in words, then the chart (docs/dashboard.md#views). "Pick two" only when
 * fewer than two are picked.
 */
export function PairChart({
  picked,
  step,
  beforeDrops,
  classes,
  noun,
}: {
  readonly picked: ReadonlyArray<PickedEntry>
  readonly step: number
  readonly beforeDrops: boolean
  readonly classes: ReadonlyArray<ClassDef>
  /** What is picked, plural: "drivers", "teams". */
  readonly noun: string
}) {
  const [pickA, pickB] = picked
  if (pickA === undefined || pickB === undefined)
    return <p>Pick two {noun} to chart the gap between them.</p>
  const standing = pairStanding(pickA, pickB, step)
  const pair = pairGap(pickA, pickB, step, beforeDrops)
  return (
    <>
      {standing === null ? (
        <p>{noPairSentence(pickA, pickB, step)}</p>
      ) : (
        <PairStandingLine standing={standing} classes={classes} />
      )}
      {pair !== null && <PairGapChart pair={pair} />}
    </>
  )
}
