import './provenance-mark.css'
import type { Provenance } from '../model/provenance.ts'
import { provenanceMark, RECONSTRUCTED_SYMBOL } from '../model/provenance-words.ts'

/**
 * The mark beside a placeholder's name ("placeholder", in words) or a reconstructed row or cell
 * (†, said in words to a screen reader and in the tooltip); nothing for a published one. A
 * reconstructed mark shows only where `markEach` says the note does not already cover every one
 * (model/provenance-words.ts).
 */
export function ProvenanceMarkOf({
  provenance,
  markEach,
  isTeam = false,
}: {
  readonly provenance: Provenance
  readonly markEach: boolean
  readonly isTeam?: boolean
}) {
  if (provenance === 'published') return null
  if (provenance === 'reconstructed' && !markEach) return null
  const mark = provenanceMark(provenance, isTeam)
  // A space before it: copied or read out, the name and its mark stay two words.
  return (
    <>
      {' '}
      <span className={`provenance-mark ${provenance}`} title={mark.label}>
        <span aria-hidden="true">
          {provenance === 'placeholder' ? mark.word : RECONSTRUCTED_SYMBOL}
        </span>
        <span className="sr-only"> ({mark.label})</span>
      </span>
    </>
  )
}

/**
 * The note that says once what a table, grid or board shows that is not published; `id` lets
 * the table name it as its description (`aria-describedby`), so a screen reader hears it too.
 */
export function ProvenanceNote({
  note,
  id,
}: {
  readonly note: string | null
  readonly id?: string
}) {
  return note === null ? null : (
    <p className="provenance-note" id={id}>
      {note}
    </p>
  )
}
