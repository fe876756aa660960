import { unclassifiedTakesBonuses } from '../scoring/bonus-conditions.ts'
import { compareHistograms } from '../scoring/countback.ts'
import { roundPoints } from '../scoring/round-points.ts'
import type { RemainingRace } from './remaining-races.ts'
import { bonusForFastestLap, takesBonuses, type ScenarioRules } from './scenario-rules.ts'

/** Per total: the best countback record one car can add with exactly that total. */
export type LevelRecords = ReadonlyMap<number, ReadonlyArray<number>>

/**
 * For every total one car can collect over the remaining races (a result per race: a place with
 * or without the bonuses it may take, or none), the best countback record it can add with
 * exactly that total: `record[p]` = times p-th, best = more wins, then more seconds, and so on
 * (docs/scoring-rules.md#scenarios). Whether finishing level on points can be enough to pass
 * depends on it: 9 points from a win and a fastest lap is one win, never a win and a second.
 * Null past 20,000 totals. Built from the last race back and kept per list of races, as the
 * reachable totals are: after every race the list is one race shorter and is read, not built.
 */
export function levelRecords(rules: ScenarioRules): LevelRecords | null {
  const bonuses = takesBonuses(rules)
  let level = bonuses ? known.bonuses : known.places
  let records: LevelRecords | null = new Map([[0, []]])
  for (let i = rules.remaining.length - 1; i >= 0; i -= 1) {
    const race = rules.remaining[i]
    if (race === undefined) continue
    const key = `${race.prizes.join(',')};${race.pole};${race.fastestLap};${race.fastestLapMaxPosition};${race.requireClassified};${race.countsForCountback}`
    let node = level.get(key)
    if (node === undefined) {
      node = {
        records: records === null ? null : withRace(records, race, bonuses),
        before: new Map(),
      }
      known.count += node.records?.size ?? 1
      // Bounded: at most a few hundred thousand totals kept.
      if (known.count > 400_000) {
        known.bonuses.clear()
        known.places.clear()
        known.count = 0
      }
      level.set(key, node)
    }
    records = node.records
    level = node.before
  }
  return records
}

/** The records of a list of races, and of the lists one race longer at the front. */
interface Suffix {
  readonly records: LevelRecords | null
  readonly before: Map<string, Suffix>
}

const known = {
  bonuses: new Map<string, Suffix>(),
  places: new Map<string, Suffix>(),
  count: 0,
}

/**
 * The results of a race for one car that can be best for some total: per number of points, the
 * best place it comes with (any place is better than none: 0).
 */
function resultsOf(race: RemainingRace, bonuses: boolean): Array<readonly [number, number]> {
  const best = new Map<number, number>()
  for (const [points, place] of allResultsOf(race, bonuses)) {
    const known = best.get(points)
    if (known === undefined || (place > 0 && (known === 0 || place < known)))
      best.set(points, place)
  }
  return [...best]
}

/** One result of a race for one car: its points and the place it adds to the record (0: none). */
function allResultsOf(race: RemainingRace, bonuses: boolean): Array<readonly [number, number]> {
  const results: Array<readonly [number, number]> = [[0, 0]]
  const pole = bonuses ? race.pole : 0
  // Below the first place without points a place only adds less to the record.
  for (let q = 1; q <= race.prizes.length + 1; q += 1) {
    const prize = race.prizes[q - 1] ?? 0
    const lap = bonuses ? bonusForFastestLap(race, q) : 0
    const counted = race.countsForCountback ? q : 0
    for (const extra of [0, pole, lap, pole + lap])
      results.push([roundPoints(prize + extra), counted])
  }
  if (bonuses && unclassifiedTakesBonuses(race.requireClassified)) {
    results.push([race.pole, 0])
    results.push([roundPoints(race.pole + bonusForFastestLap(race, null)), 0])
  }
  return results
}

/** Every total of `records` plus one result of `race`, each with its best record. */
function withRace(
  records: LevelRecords,
  race: RemainingRace,
  bonuses: boolean,
): LevelRecords | null {
  const results = resultsOf(race, bonuses)
  const next = new Map<number, ReadonlyArray<number>>()
  for (const [total, record] of records)
    for (const [points, place] of results) {
      const sum = roundPoints(total + points)
      const added = place === 0 ? record : plusPlace(record, place)
      const best = next.get(sum)
      if (best === undefined || compareHistograms(added, best, Infinity) < 0) next.set(sum, added)
    }
  return next.size > 20_000 ? null : next
}

function plusPlace(record: ReadonlyArray<number>, place: number): ReadonlyArray<number> {
  const added = Array.from({ length: Math.max(record.length, place + 1) }, (_, p) => record[p] ?? 0)
  added[place] = (added[place] ?? 0) + 1
  return added
}
