import { compareHistograms } from '../scoring/countback.ts'
import { roundPoints } from '../scoring/round-points.ts'
import { raceOutcomes } from './race-outcomes.ts'
import type { RemainingRace } from './remaining-races.ts'
import type { ScenarioRules } from './scenario-rules.ts'
import { SuffixMemo } from './suffix-memo.ts'

/** Per total: the best countback record one car can add with exactly that total. */
export type LevelRecords = ReadonlyMap<number, ReadonlyArray<number>>

/**
 * For every total one car can collect over the remaining races (a result per race: a place with
 * or without the bonuses it may take, or none), the best countback record it can add with
 * exactly that total: `record[p]` = times p-th, best = more wins, then more seconds, and so on
 * (docs/scoring-rules.md#scenarios). Whether finishing level on points can be enough to pass
 * depends on it: 9 points from a win and a fastest lap is one win, never a win and a second.
 * Null past 20,000 totals.
 */
export function levelRecords(rules: ScenarioRules): LevelRecords | null {
  return memo.read(rules)
}

const memo = new SuffixMemo<LevelRecords>(new Map([[0, []]]), withRace, (v) => v.size, 400_000)

/** Every total of `records` plus one result of `race`, each with its best record. */
function withRace(
  records: LevelRecords,
  race: RemainingRace,
  rules: ScenarioRules,
): LevelRecords | null {
  // Per number of points, the best place it comes with (a place below the first without points
  // only adds less; any place is more than none): the outcomes come best place first, each
  // place in order and none last (raceOutcomes), so the first with those points.
  const results = new Map<number, number>()
  for (const outcome of raceOutcomes(rules, race, race.prizes.length + 1)) {
    const points = roundPoints(outcome.points)
    if (!results.has(points))
      results.set(points, outcome.place !== null && race.countsForCountback ? outcome.place : 0)
  }
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

/** `record` with one more `place` (a copy: records are shared between totals). */
function plusPlace(record: ReadonlyArray<number>, place: number): ReadonlyArray<number> {
  const added = record.slice()
  while (added.length <= place) added.push(0)
  added[place] = (added[place] ?? 0) + 1
  return added
}
