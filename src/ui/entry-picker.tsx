import { groupsOf, type Candidate } from './candidate-groups.ts'

/**
 * A labelled select of the entries of a championship, in table order (head-to-head, driver
 * card), grouped by class when they come from several. An id that is not among them (a link to
 * a driver without results yet) stays shown.
 */
export function EntryPicker({
  label,
  value,
  candidates,
  onPick,
  className = 'field',
}: {
  readonly label: string
  readonly value: string
  readonly candidates: ReadonlyArray<Candidate>
  readonly onPick: (id: string) => void
  readonly className?: string
}) {
  return (
    <label className={className}>
      <span>{label}</span>
      <select value={value} onChange={(event) => onPick(event.currentTarget.value)}>
        {!candidates.some((c) => c.id === value) && <option value={value}>{value}</option>}
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
