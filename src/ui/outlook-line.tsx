import type { Outlook } from '../model/title-outlook.ts'

/**
 * The title picture in one line above the standings (docs/scoring-rules.md#scenarios); while the
 * next race can still decide something, a link to its full permutations table.
 */
export function OutlookLine({
  outlook,
  tableHref,
}: {
  readonly outlook: Outlook | null
  readonly tableHref: string
}) {
  if (outlook === null) return null
  const table = outlook.kind === 'can-clinch' || outlook.kind === 'decided-later'
  return (
    <p className={`outlook${outlook.kind === 'clinched' ? ' clinched' : ''}`}>
      {outlook.sentence}
      {table && (
        <>
          {' '}
          <a href={tableHref} data-nav className="outlook-table">
            Full table
          </a>
        </>
      )}
    </p>
  )
}
