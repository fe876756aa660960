import './pair-picker.css'
import { useState } from 'react'
import type { Candidate } from './candidate-groups.ts'
import { EntryPicker } from './entry-picker.tsx'

/** Two entries picked, A then B; empty while nothing is. */
export type PairValue = readonly [string, string] | readonly []

export interface PairPickerProps {
  /**
   * The entries that can be picked, in table order; each with its `group` (its class) when they
   * span classes (All classes): each side then lists them in one <optgroup> per class.
   */
  readonly candidates: ReadonlyArray<Candidate>
  /** The pair shown, A then B (the address's `compare=a,b`), or [] when none is picked yet. */
  readonly value: PairValue
  /** Called with the new pair, two different entries, once both sides are picked. */
  readonly onChange: (pair: readonly [string, string]) => void
  /** Teams are picked ("Team A", "Pick a team"); drivers unless said. */
  readonly teams?: boolean
  /** What the pair is for, said to a screen reader as the group's name. */
  readonly legend?: string
}

/**
 * One pair picker for every view that compares two entries (charts, head-to-head; the booth may
 * adopt it): "A v B", two labelled native selects, so keyboards and screen readers use them as
 * any select, grouped by class. Picking on one side the entry the other side shows swaps them,
 * so the pair is always two different entries. With no pair yet, a side picked first is kept
 * here until the other is picked; `onChange` only ever receives a whole pair.
 */
export function PairPicker({
  candidates,
  value,
  onChange,
  teams = false,
  legend = 'Pair to compare',
}: PairPickerProps) {
  const noun = teams ? 'Team' : 'Driver'
  const labels = [`${noun} A`, `${noun} B`] as const
  const placeholder = `Pick a ${noun.toLowerCase()}`
  const [half, setHalf] = useState<readonly [string, string]>(['', ''])
  const shown: readonly [string, string] = value.length === 2 ? value : half
  const pick = (slot: 0 | 1, id: string) => {
    const other = shown[slot === 0 ? 1 : 0]
    // The other side's entry picked here: the two swap sides.
    const kept = other === id ? shown[slot] : other
    const next: readonly [string, string] = slot === 0 ? [id, kept] : [kept, id]
    const whole = next[0] !== '' && next[1] !== '' && next[0] !== next[1]
    setHalf(whole ? ['', ''] : next)
    if (whole) onChange(next)
  }
  return (
    <fieldset className="pair-picker">
      <legend className="sr-only">{legend}</legend>
      <EntryPicker
        label={labels[0]}
        value={shown[0]}
        candidates={candidates}
        placeholder={placeholder}
        onPick={(id) => pick(0, id)}
      />
      <span className="pair-picker-v" aria-hidden="true">
        v
      </span>
      <EntryPicker
        label={labels[1]}
        value={shown[1]}
        candidates={candidates}
        placeholder={placeholder}
        onPick={(id) => pick(1, id)}
      />
    </fieldset>
  )
}
