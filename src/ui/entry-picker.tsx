import { groupsOf, type Candidate } from './candidate-groups.ts'

/**
 * A labelled select of the entries of a championship, in table order (driver card, one side of
 * the pair picker, the class picker), grouped by class in an <optgroup> each when they come from
 * several. An id that is not among them (a link to a driver without results yet) stays shown;
 * an empty value shows `placeholder` (nothing picked yet, or the picks span several classes).
 */
export function EntryPicker({
  label,
  value,
  candidates,
  onPick,
  className = 'field',
  placeholder = 'Pick one',
}: {
  readonly label: string
  readonly value: string
  readonly candidates: ReadonlyArray<Candidate>
  readonly onPick: (id: string) => void
  readonly className?: string
  readonly placeholder?: string
}) {
  const known = candidates.some((c) => c.id === value)
  return (
    <label className={className}>
      <span>{label}</span>
      <select value={value} onChange={(event) => onPick(event.currentTarget.value)}>
        {value === '' ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : (
          !known && <option value={value}>{value}</option>
        )}
        {groupsOf(candidates).map(([group, members]) => {
          const options = members.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))
          return group === '' ? (
            options
          ) : (
            <optgroup key={group} label={group}>
              {options}
            </optgroup>
          )
        })}
      </select>
    </label>
  )
}
