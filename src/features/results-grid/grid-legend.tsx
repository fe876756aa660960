import { provenanceMark, RECONSTRUCTED_SYMBOL } from '../../model/provenance-words.ts'

/**
 * What the grid's colours and marks mean, each in words; with the marks of reconstructed data when
 * the grid shows them (docs/dashboard.md#reconstructed-data).
 */
export function GridLegend({
  markEach,
  placeholders,
  isTeams,
}: {
  /** Filled-in results carry †. */
  readonly markEach: boolean
  /** Placeholder entries are shown. */
  readonly placeholders: boolean
  readonly isTeams: boolean
}) {
  return (
    <p className="legend">
      <span className="cell win">1</span> win <span className="cell second">2</span> second{' '}
      <span className="cell third">3</span> third <span className="cell points">7</span> points{' '}
      <span className="cell no-points">18</span> no points <span className="cell out">Ret</span>{' '}
      retired, DNS, DSQ, NC · <sup>P</sup> pole · <sup>F</sup> fastest lap · <s>struck</s> dropped
      {markEach && ` · ${RECONSTRUCTED_SYMBOL} filled in, not published`}
      {placeholders && ` · ${provenanceMark('placeholder', isTeams).label}`}
    </p>
  )
}
