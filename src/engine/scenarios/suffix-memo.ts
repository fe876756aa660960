import type { RemainingRace } from './remaining-races.ts'
import { takesBonuses, type ScenarioRules } from './scenario-rules.ts'

/**
 * A value built over the remaining races from the last race back (`add` takes one race more at
 * the front), kept in a tree read from the last race: after every race (`--every-race`) the list
 * is one race shorter and is read, not built again from the first race. A value `add` gives up
 * on is null, and so is every longer list's. At most `limit` sizes are kept; past it the tree
 * starts again.
 */
export class SuffixMemo<T> {
  private readonly roots = new Map<string, Suffix<T>>()
  private count = 0
  private readonly empty: T
  private readonly add: (value: T, race: RemainingRace, rules: ScenarioRules) => T | null
  private readonly size: (value: T) => number
  private readonly limit: number

  constructor(
    empty: T,
    add: (value: T, race: RemainingRace, rules: ScenarioRules) => T | null,
    size: (value: T) => number,
    limit: number,
  ) {
    this.empty = empty
    this.add = add
    this.size = size
    this.limit = limit
  }

  /** The value over `rules.remaining`. */
  read(rules: ScenarioRules): T | null {
    // Everything `add` may read of the rules and of a race is in the keys.
    let level = this.roots
    let value: T | null = this.empty
    let prefix = takesBonuses(rules) ? 'bonuses|' : 'places|'
    for (let i = rules.remaining.length - 1; i >= 0; i -= 1) {
      const race = rules.remaining[i]
      if (race === undefined) continue
      const key = `${prefix}${race.prizes.join(',')};${race.pole};${race.fastestLap};${race.fastestLapMaxPosition};${race.requireClassified};${race.countsForCountback}`
      prefix = ''
      let node = level.get(key)
      if (node === undefined) {
        node = { value: value === null ? null : this.add(value, race, rules), before: new Map() }
        this.count += node.value === null ? 1 : this.size(node.value)
        if (this.count > this.limit) {
          this.roots.clear()
          this.count = 0
        }
        level.set(key, node)
      }
      value = node.value
      level = node.before
    }
    return value
  }
}

/** The value of a list of races, and of the lists one race longer at the front. */
interface Suffix<T> {
  readonly value: T | null
  readonly before: Map<string, Suffix<T>>
}
