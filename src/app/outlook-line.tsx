import type { Outlook } from '../model/title-outlook.ts'

/** The title picture in one line above the standings (docs/scoring-rules.md#scenarios). */
export function OutlookLine({ outlook }: { readonly outlook: Outlook | null }) {
  if (outlook === null) return null
  return (
    <p className={`outlook${outlook.kind === 'clinched' ? ' clinched' : ''}`}>{outlook.sentence}</p>
  )
}
