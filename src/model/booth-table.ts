import type { StandingRow } from '../engine/scoring/standings.ts'
import type { ClassDef } from '../engine/types.ts'
import { seasonProvenance, shownName } from './provenance.ts'
import type { SeasonModel } from './season-model.ts'

/** An entry on a booth board (docs/dashboard.md#booth). */
export interface BoothEntry {
  readonly id: string
  /** The position in its championship. */
  readonly position: number
  /** Without the data's "(driver not published)": `placeholder` says it. */
  readonly name: string
  /** An entry whose driver the series did not publish (model/provenance.ts). */
  readonly placeholder: boolean
  readonly points: number
  /** Points scored in the race at this step; null before the first. */
  readonly gained: number | null
  /** The class it is measured in, named when a pair spans two classes; null otherwise. */
  readonly inClass: ClassDef | null
}

/** A championship's table at a step, as the booth reads it. */
export interface BoothTable {
  readonly id: string
  readonly name: string
  readonly rows: ReadonlyArray<StandingRow>
  /** The rows after the step before: what "this race" is measured against. */
  readonly before: ReadonlyMap<string, StandingRow>
  /** A row as a board shows it; `across`: the pair spans classes, so its class is named. */
  readonly entry: (row: StandingRow, across?: boolean) => BoothEntry
}

export function boothTable(model: SeasonModel, id: string, step: number): BoothTable | null {
  const focus = model.championship(id)
  if (focus === null) return null
  const { championship } = focus.progression
  const { name } = championship
  const [only] = championship.classes ?? []
  const inClass = model.season.classes.find((c) => c.id === only) ?? { id, name }
  const rows = focus.table(step)
  const before = new Map(focus.table(step - 1).map((row) => [row.id, row]))
  const { placeholders } = seasonProvenance(model.season, model.input.files)
  const entry = (row: StandingRow, across = false): BoothEntry => ({
    id: row.id,
    position: row.position,
    name: shownName(row.name),
    placeholder: placeholders.has(row.id),
    points: row.points,
    gained: step === 0 ? row.points : row.points - (before.get(row.id)?.points ?? 0),
    inClass: across ? inClass : null,
  })
  return { id, name, rows, before, entry }
}
