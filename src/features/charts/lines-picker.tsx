import { groupsOf, type Candidate } from '../../ui/candidate-groups.ts'

/**
 * Which entries the chart draws: a checkbox per entry in table order, one fieldset per class when
 * the list spans classes (All classes), every fieldset in one panel side by side, never on top of
 * each other (charts.css). Ticking writes `compare=` in the URL.
 */
export function LinesPicker({
  candidates,
  chosen,
  count,
  onToggle,
}: {
  readonly candidates: ReadonlyArray<Candidate>
  readonly chosen: ReadonlySet<string>
  readonly count: number
  readonly onToggle: (id: string) => void
}) {
  return (
    <details className="picker">
      <summary>Drivers ({count})</summary>
      <div className="picker-panel">
        {groupsOf(candidates).map(([group, members]) => (
          <fieldset key={group}>
            <legend className={group === '' ? 'sr-only' : undefined}>
              {group === '' ? 'Lines to draw' : group}
            </legend>
            {members.map((candidate) => (
              <label key={candidate.id}>
                <input
                  type="checkbox"
                  checked={chosen.has(candidate.id)}
                  onChange={() => onToggle(candidate.id)}
                />{' '}
                {candidate.name}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  )
}
