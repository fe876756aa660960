/** An entry that can be picked; `group` (a class) when the list spans championships. */
export interface Candidate {
  readonly id: string
  readonly name: string
  readonly group?: string
}

/** The candidates by group, in order of first appearance ("" for candidates without one). */
export function groupsOf(
  candidates: ReadonlyArray<Candidate>,
): ReadonlyArray<readonly [string, ReadonlyArray<Candidate>]> {
  const groups = new Map<string, Array<Candidate>>()
  for (const c of candidates) {
    const key = c.group ?? ''
    const members = groups.get(key)
    if (members === undefined) groups.set(key, [c])
    else members.push(c)
  }
  return [...groups]
}
