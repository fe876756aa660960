import type { ClinchOutlook } from '../engine/clinch-conditions.ts'

/** The title picture in one line above the standings (docs/scoring-rules.md#scenarios). */
export function OutlookLine({
  outlook,
  championship,
}: {
  readonly outlook: ClinchOutlook | null
  readonly championship: string
}) {
  if (outlook === null) return null
  switch (outlook.kind) {
    case 'clinched':
      return (
        <p className="outlook clinched">
          {outlook.leader} has clinched the {championship} title.
        </p>
      )
    case 'can-clinch':
      return <p className="outlook">{outlook.sentence}</p>
    case 'decided-later':
      return (
        <p className="outlook">
          {outlook.leader} cannot clinch the {championship} title in {outlook.race}.
        </p>
      )
    case 'no-races-left':
      return null
  }
}
