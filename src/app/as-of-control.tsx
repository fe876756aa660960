import { raceDate } from '../model/race-date.ts'
import type { ScoredRace } from '../engine/scoring/scored-race.ts'
import type { UrlStateApi } from './use-url-state.ts'

/**
 * Time travel: every view shows the standings after the chosen race. The latest race writes no
 * `asOf`, so a shared link keeps following the season as results arrive.
 */
export function AsOfControl({
  scored,
  step,
  url,
  word,
}: {
  readonly scored: ReadonlyArray<ScoredRace>
  readonly step: number
  readonly url: UrlStateApi
  /** LIVE, PROVISIONAL or HYPOTHETICAL when the standings shown are not official results. */
  readonly word: string | null
}) {
  const last = scored.length - 1
  const race = scored[step]?.race
  const hrefAt = (at: number) =>
    url.hrefFor({ asOf: at >= last ? null : (scored[at]?.race.race.id ?? null) })
  if (race === undefined) return <p className="as-of">No race has results yet.</p>
  return (
    <div className="as-of">
      <a
        className="step"
        href={hrefAt(Math.max(0, step - 1))}
        data-nav
        aria-label="Previous race"
        aria-disabled={step === 0}
      >
        ‹
      </a>
      <label className="as-of-range">
        <span className="as-of-text">
          <span>
            After <strong>{race.label}</strong> ·
          </span>{' '}
          <span className="round-name">{race.round.name}</span>{' '}
          <span className="muted race-date">{raceDate(race.race)}</span>
          {step === last ? <span className="latest"> (latest)</span> : null}
          {word !== null && (
            <span className={`status-badge status-${word.toLowerCase()}`}>{word}</span>
          )}
        </span>
        <input
          type="range"
          min={0}
          max={last}
          value={step}
          aria-label="Standings after race"
          aria-valuetext={`After ${race.label}, ${race.round.name}`}
          onChange={(event) => url.navigate(hrefAt(Number(event.currentTarget.value)))}
        />
      </label>
      <a
        className="step"
        href={hrefAt(Math.min(last, step + 1))}
        data-nav
        aria-label="Next race"
        aria-disabled={step === last}
      >
        ›
      </a>
    </div>
  )
}
