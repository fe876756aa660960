import type { EntryRace } from '../engine/scoring/entry-race.ts'
import { entrySeries } from '../engine/scoring/progression-series.ts'
import { roundPoints } from '../engine/scoring/round-points.ts'
import { standingsAt, type StandingRow } from '../engine/scoring/standings.ts'
import type { PickedEntry } from './picked-entry.ts'

export interface HeadToHeadRace {
  readonly raceIndex: number
  readonly a: EntryRace | null
  readonly b: EntryRace | null
  /** Championship points of A minus B after this race (drops applied). */
  readonly gapAfter: number | null
  /** Who finished ahead on the road: classified beats not classified; null if not both raced. */
  readonly ahead: 'a' | 'b' | null
}

export interface HeadToHead {
  readonly a: StandingRow
  readonly b: StandingRow
  readonly races: ReadonlyArray<HeadToHeadRace>
  readonly aheadCount: { readonly a: number; readonly b: number }
}

/** A comparable finishing rank: the overall position, or after every classified car. */
function rank(race: EntryRace): number | null {
  if (race.kind === 'team') return race.rank
  // Points given by an official sheet say no place on the road (docs/data-format.md#given-points).
  if (race.status === 'dns' || race.row.given !== undefined) return null
  return race.position ?? Number.MAX_SAFE_INTEGER
}

function aheadOf(a: EntryRace | null, b: EntryRace | null): 'a' | 'b' | null {
  if (a === null || b === null) return null
  const ra = rank(a)
  const rb = rank(b)
  if (ra === null || rb === null || ra === rb) return null
  return ra < rb ? 'a' : 'b'
}

/**
 * Two entries race by race up to `step` (docs/dashboard.md#head-to-head): of one championship, or
 * of two class championships (on the road by overall position, points each in its own class).
 */
export function compareEntries(
  pickA: PickedEntry,
  pickB: PickedEntry,
  step: number,
): HeadToHead | null {
  const { progression } = pickA
  const a = standingsAt(progression, step).find((row) => row.id === pickA.id)
  const b = standingsAt(pickB.progression, step).find((row) => row.id === pickB.id)
  const seriesA = entrySeries(progression, pickA.id)
  const seriesB = entrySeries(pickB.progression, pickB.id)
  if (a === undefined || b === undefined || seriesA === null || seriesB === null) return null
  const races = progression.steps.slice(0, step + 1).map((race, at): HeadToHeadRace => {
    const ra = a.races.find((r) => r.raceIndex === race.index) ?? null
    const rb = b.races.find((r) => r.raceIndex === race.index) ?? null
    const pa = seriesA.points[at]
    const pb = seriesB.points[at]
    return {
      raceIndex: race.index,
      a: ra,
      b: rb,
      gapAfter: pa == null || pb == null ? null : roundPoints(pa - pb),
      ahead: aheadOf(ra, rb),
    }
  })
  return {
    a,
    b,
    races,
    aheadCount: {
      a: races.filter((race) => race.ahead === 'a').length,
      b: races.filter((race) => race.ahead === 'b').length,
    },
  }
}
