import { countbackDepth } from '../scoring/countback.ts'
import { countsRace, eligibleDrivers, excludedIds } from '../scoring/eligibility.ts'
import type { EntryRace } from '../scoring/entry-race.ts'
import { countbackPlacesOf } from '../scoring/entry-stats.ts'
import { isDroppable, partOf } from '../scoring/drops.ts'
import type { ChampionshipProgression } from '../scoring/progression.ts'
import type { ScoredRace } from '../scoring/scored-race.ts'
import type { Season } from '../types.ts'

/**
 * What an entry races in the championship's remaining races (docs/scoring-rules.md#scenarios):
 * - `cars`: the cars it last raced in this championship, one class each (a driver one car);
 * - `free`: one car in any class the championship counts (it has raced nowhere yet);
 * - `none`: it cannot score here any more (it raced only elsewhere, or a tag keeps it out).
 */
export type EntryField =
  | { readonly kind: 'cars'; readonly classes: ReadonlyArray<string> }
  | { readonly kind: 'free' }
  | { readonly kind: 'none' }

/** An entry's season so far, as the scenarios need it. */
export interface Tally {
  readonly id: string
  readonly name: string
  /** Index in `progression.entries`; -1 for a possible newcomer. */
  readonly entry: number
  /**
   * Points before drops in the standings shown, adjustments in effect included, not rounded:
   * final points are rounded once, at the end, as the standings round them (finalPoints).
   */
  readonly total: number
  /** Adjustments dated after the race shown: they count in the final standings. */
  readonly toCome: number
  /**
   * Per part of the drop rule (drops.ts): the lowest droppable scores so far (at most the
   * part's `worst`), ascending; 0 for races missed.
   */
  readonly lowest: ReadonlyArray<ReadonlyArray<number>>
  /** Countback places so far: `places[p]` = times finished p-th. */
  readonly places: ReadonlyArray<number>
  readonly field: EntryField
}

export interface Tallies {
  /** The table shown, in standings order, then entries that only an adjustment still to come puts in the final table. */
  readonly entries: ReadonlyArray<Tally>
  /** How many of `entries` are rows of the table shown. */
  readonly tableSize: number
  /** Eligible drivers (or teams) of the season who have raced nowhere yet: each may still enter. */
  readonly newcomers: number
  /** What a newcomer has: nothing yet. */
  readonly newcomer: Tally
}

/**
 * Reads the tallies after any step of a championship. Walking forward costs only the races in
 * between, so the scenarios after every race (`--every-race`) are one pass over the season.
 */
export class TallyCursor {
  private readonly scored: ReadonlyArray<ScoredRace>
  private readonly progression: ChampionshipProgression
  private readonly countback: boolean
  private readonly eligible: ReadonlySet<string> | null
  private readonly pool: ReadonlyArray<string>
  /** Entries excluded at some point of the season: never in the final table. */
  private readonly excluded: ReadonlySet<string>
  private done = 0
  /** Droppable races run so far, per part of the drop rule. */
  private droppableSoFar: Array<number> = []
  private places: Array<Array<number>> = []
  /** Per entry: how many of its results have been read. */
  private next: Array<number> = []
  private latest: Array<EntryRace | null> = []
  /**
   * Members of the pool who have raced in a race the championship counts, in any class: only
   * they are ever asked about (newcomers, and the field of an entry not yet in a car).
   */
  private raced = new Set<string>()
  private readonly inPool: ReadonlySet<string>
  private readonly found: Array<number> = []

  constructor(
    season: Season,
    scored: ReadonlyArray<ScoredRace>,
    progression: ChampionshipProgression,
  ) {
    this.scored = scored
    this.progression = progression
    const { championship } = progression
    this.countback = countbackDepth(championship) > 0
    this.eligible = eligibleDrivers(championship, season.drivers)
    // Everyone who could still join the table by racing: eligible drivers, or every team.
    const excluded = excludedIds(championship)
    this.excluded = excluded
    this.pool = (
      championship.kind === 'drivers'
        ? season.drivers.map((d) => d.id).filter((id) => this.eligible?.has(id) ?? true)
        : season.teams.map((t) => t.id)
    ).filter((id) => !excluded.has(id))
    this.inPool = new Set(this.pool)
    this.reset()
  }

  private reset(): void {
    const count = this.progression.entries.length
    this.done = 0
    this.droppableSoFar = this.progression.drops.parts.map(() => 0)
    this.places = Array.from({ length: count }, () => [])
    this.next = new Array<number>(count).fill(0)
    this.latest = new Array<EntryRace | null>(count).fill(null)
    this.raced = new Set()
  }

  private advance(step: number): void {
    if (step + 1 < this.done) this.reset()
    if (step < this.done) return
    const { progression } = this
    const isDrivers = progression.championship.kind === 'drivers'
    for (; this.done <= step; this.done += 1) {
      const race = this.scored[this.done]
      if (race === undefined) continue
      if (isDroppable(progression.drops, race.race.race.id)) {
        const part = partOf(progression.drops, race.race.index)
        this.droppableSoFar[part] = (this.droppableSoFar[part] ?? 0) + 1
      }
      // Racing counts only in races the championship counts: a driver who raced only elsewhere
      // may still enter any class it counts (docs/scoring-rules.md#scenarios).
      // Once the whole pool has raced, no row can change the answer: rows are not read again.
      if (this.raced.size === this.inPool.size) continue
      if (!countsRace(progression.championship, race.race.race.id)) continue
      for (const row of race.rows) {
        if (isDrivers) for (const driver of row.drivers) this.addRaced(driver)
        else this.addRaced(row.team)
      }
    }
    // Each entry's results are in calendar order: take those up to this race, once per walk
    // and not once per race walked (a jump to the last of 2,000 races read every entry 2,000
    // times).
    const raceIndex = progression.steps[step]?.index ?? -1
    progression.entries.forEach((entry, e) => {
      for (let at = this.next[e] ?? 0; at < entry.races.length; at += 1) {
        const result = entry.races[at]
        if (result === undefined || result.raceIndex > raceIndex) break
        this.next[e] = at + 1
        this.latest[e] = result
        const histogram = this.places[e]
        if (!this.countback || histogram === undefined) continue
        const count = countbackPlacesOf(result, this.found)
        for (let i = 0; i < count; i += 1) {
          const place = this.found[i] ?? 0
          // Zeros up to the place, not a hole: the list stays packed small integers, which
          // V8 reads and writes fastest (half a million results in the CLI's benchmark).
          while (histogram.length <= place) histogram.push(0)
          histogram[place] = (histogram[place] ?? 0) + 1
        }
      }
    })
  }

  /** The tallies after progression step `step` (0-based). */
  at(step: number): Tallies {
    this.advance(step)
    const { progression } = this
    const { table, entries, dropSlots } = progression
    const count = entries.length
    const base = step * count
    const asOf = progression.steps[step]?.index ?? -1
    const size = table.sizes[step] ?? 0
    const { parts } = progression.drops
    const zeros = parts.map((part, p) =>
      new Array<number>(Math.min(part.worst, this.droppableSoFar[p] ?? 0)).fill(0),
    )
    // An adjustment dated after the race shown (one after a race not on the calendar never counts).
    const toCome = (placed: { readonly raceIndex: number }) =>
      placed.raceIndex > asOf && Number.isFinite(placed.raceIndex)
    const tallyOf = (entry: number, inTable: boolean): Tally => {
      const known = entries[entry]
      const adjustments = known?.adjustments ?? []
      // The entry's slots hold each part's lowest scores in turn (drop-tracker.ts).
      const lowest = parts.map((part) => {
        const scores: Array<number> = []
        for (let i = part.slot; inTable && i < part.slot + part.worst; i += 1) {
          const score = table.lowest[(base + entry) * dropSlots + i] ?? Number.NaN
          if (!Number.isNaN(score)) scores.push(score)
        }
        return scores
      })
      return {
        id: known?.id ?? '',
        name: known?.name ?? '',
        entry,
        total: inTable ? (table.unroundedBeforeDrops[base + entry] ?? 0) : 0,
        toCome: adjustments
          .filter(toCome)
          .reduce((sum, placed) => sum + placed.adjustment.points, 0),
        lowest: inTable ? lowest : zeros,
        places: [...(this.places[entry] ?? [])],
        field: this.fieldOf(entry, known?.id ?? ''),
      }
    }
    const tallies: Array<Tally> = []
    const present = new Set<string>()
    // An entry excluded later in the season is in today's table but not in the final one.
    for (let rank = 0; rank < size; rank += 1) {
      const entry = table.order[base + rank] ?? 0
      const id = entries[entry]?.id ?? ''
      if (this.excluded.has(id)) continue
      tallies.push(tallyOf(entry, true))
      present.add(id)
    }
    const tableSize = tallies.length
    entries.forEach((entry, index) => {
      if (present.has(entry.id) || this.excluded.has(entry.id)) return
      if (!entry.adjustments.some(toCome)) return
      tallies.push(tallyOf(index, false))
      present.add(entry.id)
    })
    const newcomers = this.pool.filter((id) => !present.has(id) && !this.raced.has(id)).length
    return {
      entries: tallies,
      tableSize,
      newcomers,
      newcomer: {
        id: '',
        name: '',
        entry: -1,
        total: 0,
        toCome: 0,
        lowest: zeros,
        places: [],
        field: { kind: 'free' },
      },
    }
  }

  private addRaced(id: string): void {
    if (this.inPool.has(id)) this.raced.add(id)
  }

  private fieldOf(entry: number, id: string): EntryField {
    const last = this.latest[entry] ?? null
    if (last !== null)
      return {
        kind: 'cars',
        classes: last.kind === 'car' ? [last.class] : last.cars.map((car) => car.class),
      }
    const eligible = this.eligible?.has(id) ?? true
    return eligible && !this.raced.has(id) ? { kind: 'free' } : { kind: 'none' }
  }
}
