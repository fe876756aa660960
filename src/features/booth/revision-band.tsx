import type { RevisionHeadline } from '../../model/revision-headline.ts'
import { clockTime } from '../../model/clock-time.ts'

function Headline({ headline }: { readonly headline: RevisionHeadline }) {
  return (
    <>
      <span className={`status-badge status-${headline.word.toLowerCase()}`}>{headline.word}</span>{' '}
      — <span className="booth-revision-text">{headline.text}</span>
      {headline.why.map((line) => (
        <span key={line} className="booth-why">
          {line}
        </span>
      ))}
    </>
  )
}

/**
 * A revision of a race a board counts, on the board while it is said (docs/dashboard.md#booth):
 * "OFFICIAL — R11: Hart 4th → 6th and 2 others one place up or down", and the notes saying why.
 */
export function RevisionBand({ headline }: { readonly headline: RevisionHeadline }) {
  return (
    <p className="booth-revision" role="status">
      <Headline headline={headline} />
    </p>
  )
}

/** Off air, the latest revision above the boards, with when it came in; marked while it is new. */
export function LatestRevision({
  headline,
  at,
  fresh,
}: {
  readonly headline: RevisionHeadline
  readonly at: number
  readonly fresh: boolean
}) {
  return (
    <p className={`booth-latest-revision${fresh ? ' fresh' : ''}`} role="status">
      <span className="booth-latest-when">Latest revision, {clockTime(at)}:</span>{' '}
      <Headline headline={headline} />
    </p>
  )
}
