import { formatFault, type Fault } from '../../data/fault.ts'
import { cappedList, moreText } from '../../model/capped-list.ts'
import { countNoun } from '../../model/count-noun.ts'

/**
 * What the data check warns about but still uses (docs/dashboard.md#faults): one driver who may
 * be in two entries, a result file that seems missing between results, keys it does not know.
 * Folded away under a count, the first 20 named: the numbers stand, but whoever publishes the
 * season should look (the same lines `pitboard validate` prints).
 */
export function DataWarnings({ warnings }: { readonly warnings: ReadonlyArray<Fault> }) {
  if (warnings.length === 0) return null
  const list = cappedList(warnings, 20)
  return (
    <details className="data-warnings">
      <summary>
        {countNoun(warnings.length, 'data warning')}: the standings use these files as they are
      </summary>
      <ul>
        {list.shown.map((warning) => {
          const text = formatFault(warning)
          return <li key={text}>{text}</li>
        })}
        {list.more > 0 && <li>…{moreText(list.more)}</li>}
      </ul>
    </details>
  )
}
