import type { StandingRow } from '../engine/standings.ts'
import type { SeasonModel } from './season-model.ts'
import { statusWord, type StandingsStatus } from './standings-status.ts'
import { seasonProvenance, shownName } from './provenance.ts'
import { provenanceMark, shownProvenance } from './provenance-words.ts'

/**
 * One championship on the booth screen (docs/dashboard.md#booth): the leader, then either the two
 * entries a commentator picked or the top N, each gap with what it did in the race just counted
 * ("gap 137, +17 this race": positive means further behind). In a live race "this race" is the
 * running order against the standings before it.
 */
export interface BoothBoard {
  readonly championship: string
  /** "After R11 · Indianapolis". */
  readonly after: string
  readonly status: StandingsStatus
  /** LIVE, PROVISIONAL or HYPOTHETICAL; null for official results. */
  readonly word: string | null
  /** RECONSTRUCTED when the board's standings count a filled-in result (model/provenance.ts). */
  readonly reconstructed: string | null
  readonly leader: BoothEntry | null
  /** The battle: the picked pair (gap to the one ahead of the two) or the top N after the leader. */
  readonly battle: BoothBattle
}

export interface BoothEntry {
  readonly id: string
  readonly position: number
  /** Without the data's "(driver not published)": `placeholder` says it. */
  readonly name: string
  /** An entry whose driver the series did not publish (model/provenance.ts). */
  readonly placeholder: boolean
  readonly points: number
  /** Points scored in the race at this step; null before the first. */
  readonly gained: number | null
}

export type BoothBattle =
  | {
      readonly kind: 'top'
      readonly rows: ReadonlyArray<
        BoothEntry & { readonly gap: number; readonly gapChange: number | null }
      >
    }
  | {
      readonly kind: 'pair'
      readonly ahead: BoothEntry
      readonly behind: BoothEntry
      readonly gap: number
      /** How the gap between the two moved in this race; null before the first race. */
      readonly gapChange: number | null
    }

export function boothBoard(
  model: SeasonModel,
  championship: string,
  step: number,
  pick: { readonly pair: ReadonlyArray<string>; readonly top: number },
): BoothBoard | null {
  const focus = model.championship(championship)
  const race = model.standings.scored[step]?.race
  if (focus === null || race === undefined) return null
  const rows = focus.table(step)
  const before = new Map(focus.table(step - 1).map((row) => [row.id, row]))
  const provenance = seasonProvenance(model.season, model.input.files)
  const shown = shownProvenance(provenance, rows)
  const entry = (row: StandingRow): BoothEntry => ({
    id: row.id,
    position: row.position,
    name: shownName(row.name),
    placeholder: provenance.placeholders.has(row.id),
    points: row.points,
    gained: step === 0 ? row.points : row.points - (before.get(row.id)?.points ?? 0),
  })
  const status = model.statusAt(step)
  const byId = new Map(rows.map((row) => [row.id, row]))
  const [a, b] = pick.pair.map((id) => byId.get(id))
  const leader = rows[0]
  const pointsOf = (row: StandingRow | undefined) => (row === undefined ? 0 : row.points)
  let battle: BoothBattle
  if (a !== undefined && b !== undefined && a.id !== b.id) {
    const [ahead, behind] = a.position <= b.position ? [a, b] : [b, a]
    const [wasAhead, wasBehind] = [before.get(ahead.id), before.get(behind.id)]
    battle = {
      kind: 'pair',
      ahead: entry(ahead),
      behind: entry(behind),
      gap: ahead.points - behind.points,
      gapChange:
        step === 0
          ? null
          : ahead.points - behind.points - (pointsOf(wasAhead) - pointsOf(wasBehind)),
    }
  } else
    battle = {
      kind: 'top',
      rows: rows.slice(1, pick.top).map((row) => {
        const was = before.get(row.id)
        return {
          ...entry(row),
          gap: row.gapToLeader,
          gapChange: was === undefined ? null : row.gapToLeader - was.gapToLeader,
        }
      }),
    }
  return {
    championship: focus.progression.championship.name,
    after: `After ${race.label} · ${race.round.name}`,
    status,
    word: statusWord(status),
    reconstructed: shown.filledIn > 0 ? provenanceMark('reconstructed').word.toUpperCase() : null,
    leader: leader === undefined ? null : entry(leader),
    battle,
  }
}
