import type { ChampionshipProgression } from '../engine/scoring/progression.ts'
import type { Season } from '../engine/types.ts'
import type { PickedEntry } from './picked-entry.ts'
import type { SeasonModel } from './season-model.ts'

/*
 * Which championships a card reads (docs/exporting.md#broadcast-graphics): on All classes the
 * class championships the table combines, and each picked entry with the one it scores in, as
 * the dashboard's selection picks them (app/resolve-selection.ts).
 */

export function classChampionships(
  model: SeasonModel,
  ids: ReadonlyArray<string> | undefined,
): ReadonlyArray<ChampionshipProgression> {
  return (ids ?? []).flatMap((id) => {
    const found = model.championship(id)
    return found === null ? [] : [found.progression]
  })
}

export function tableOf(model: SeasonModel, progression: ChampionshipProgression, step: number) {
  return model.championship(progression.championship.id)?.table(step) ?? []
}

/** Each id with the championship it scores in: the first of `from` whose entries have it. */
export function pickedOf(
  ids: ReadonlyArray<string>,
  from: ReadonlyArray<ChampionshipProgression>,
): ReadonlyArray<PickedEntry> {
  return ids.flatMap((id) => {
    const progression = from.find((p) => p.entries.some((e) => e.id === id))
    return progression === undefined ? [] : [{ progression, id }]
  })
}

/** A card's colour: a championship of one class wears the class colour. */
export function accentOf(season: Season, { championship }: ChampionshipProgression): string {
  const only = championship.classes?.length === 1 ? championship.classes[0] : undefined
  return season.classes.find((c) => c.id === only)?.color ?? '#0b57d0'
}
