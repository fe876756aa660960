import { pairBattle, type PairBattle } from './booth-pair.ts'
import { boothTable, type BoothEntry, type BoothTable } from './booth-table.ts'
import type { SeasonModel } from './season-model.ts'
import { statusWord, type StandingsStatus } from './standings-status.ts'
import { seasonProvenance } from './provenance.ts'
import { provenanceMark, shownProvenance } from './provenance-words.ts'

export type { BoothEntry } from './booth-table.ts'

/**
 * One board of the booth screen (docs/dashboard.md#booth): the leader, then either the two
 * entries a commentator picked or the top N, each gap with what it did in the race just counted
 * ("gap 137, +17 this race": positive means further behind). In a live race "this race" is the
 * running order against the standings before it. A pair from two classes is one board of its
 * own, each entry measured in its own class.
 */
export interface BoothBoard extends BoardBadges {
  /** The championship ids the board counts: one, or the two classes of a pair across classes. */
  readonly championships: ReadonlyArray<string>
  /** "Pro", or "Pro · Pro-Am" for a pair across classes. */
  readonly championship: string
  /** "After R11 · Indianapolis". */
  readonly after: string
  /** Null for a pair across classes: each class has its own leader. */
  readonly leader: BoothEntry | null
  /** The battle: the picked pair (gap to the one ahead of the two) or the top N after the leader. */
  readonly battle: BoothBattle
}

/** The status a board on air always carries, the permutations board too. */
export interface BoardBadges {
  readonly status: StandingsStatus
  /**
   * Always said: LIVE, PROVISIONAL, HYPOTHETICAL, or OFFICIAL when the board counts official
   * results only (whether published or filled in is `reconstructed`'s to say).
   */
  readonly word: string
  /** RECONSTRUCTED when the board's standings count a filled-in result (model/provenance.ts). */
  readonly reconstructed: string | null
}

export type BoothBattle =
  | {
      readonly kind: 'top'
      readonly rows: ReadonlyArray<
        BoothEntry & { readonly gap: number; readonly gapChange: number | null }
      >
    }
  | PairBattle

/** What the booth is asked to show: the pair a commentator picked, or how many of a class. */
export interface BoothPick {
  readonly pair: ReadonlyArray<string>
  readonly top: number
}

/**
 * The boards of `championships` (several side by side for a multi-class broadcast): one each,
 * or, when the picked pair comes from two of them, the pair's board alone — never the top N in
 * its place.
 */
export function boothBoards(
  model: SeasonModel,
  championships: ReadonlyArray<string>,
  step: number,
  pick: BoothPick,
): ReadonlyArray<BoothBoard> {
  const tables = championships.flatMap((id) => boothTable(model, id, step) ?? [])
  const [a, b] = pick.pair
  const tableOf = (id: string | undefined) =>
    tables.find((table) => table.rows.some((row) => row.id === id))
  const [ta, tb] = [tableOf(a), tableOf(b)]
  if (a !== undefined && b !== undefined && ta !== undefined && tb !== undefined && ta !== tb) {
    const battle = pairBattle([ta, a], [tb, b], step)
    // The class of the one ahead first, as the board lists them.
    const tables = battle?.ahead.id === a ? [ta, tb] : [tb, ta]
    const board = battle === null ? null : boardOf(model, tables, step, battle)
    return board === null ? [] : [board]
  }
  return championships.flatMap((id) => boothBoard(model, id, step, pick) ?? [])
}

/** One championship's board: its leader and the pair picked in it, or its top `pick.top`. */
export function boothBoard(
  model: SeasonModel,
  championship: string,
  step: number,
  pick: BoothPick,
): BoothBoard | null {
  const table = boothTable(model, championship, step)
  if (table === null) return null
  const [a, b] = pick.pair
  const pair = a === undefined || b === undefined ? null : pairBattle([table, a], [table, b], step)
  const battle: BoothBattle = pair ?? {
    kind: 'top',
    rows: table.rows.slice(1, pick.top).map((row) => {
      const was = table.before.get(row.id)
      return {
        ...table.entry(row),
        gap: row.gapToLeader,
        gapChange: was === undefined ? null : row.gapToLeader - was.gapToLeader,
      }
    }),
  }
  return boardOf(model, [table], step, battle)
}

function boardOf(
  model: SeasonModel,
  tables: ReadonlyArray<BoothTable>,
  step: number,
  battle: BoothBattle,
): BoothBoard | null {
  const race = model.standings.scored[step]?.race
  const [first, second] = tables
  if (race === undefined || first === undefined) return null
  const leader = second === undefined ? first.rows[0] : undefined
  return {
    championships: tables.map((table) => table.id),
    championship: tables.map((table) => table.name).join(' · '),
    after: `After ${race.label} · ${race.round.name}`,
    ...badgesOf(model, tables, step),
    leader: leader === undefined ? null : first.entry(leader),
    battle,
  }
}

/** The badges of a board counting `championships` at `step`: its status word, RECONSTRUCTED. */
export function boardBadges(
  model: SeasonModel,
  championships: ReadonlyArray<string>,
  step: number,
): BoardBadges {
  return badgesOf(
    model,
    championships.flatMap((id) => boothTable(model, id, step) ?? []),
    step,
  )
}

function badgesOf(
  model: SeasonModel,
  tables: ReadonlyArray<BoothTable>,
  step: number,
): BoardBadges {
  const provenance = seasonProvenance(model.season, model.input.files)
  const shown = shownProvenance(
    provenance,
    tables.flatMap((table) => table.rows),
  )
  const status = model.statusAt(step)
  return {
    status,
    word: statusWord(status) ?? 'OFFICIAL',
    reconstructed: shown.filledIn > 0 ? provenanceMark('reconstructed').word.toUpperCase() : null,
  }
}
