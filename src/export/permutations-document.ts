import type { Verdict } from '../engine/scenarios/permutation-row.ts'
import type { PermutationsViewRow } from '../model/permutations-view-row.ts'
import type { SeasonModel } from '../model/season-model.ts'
import { outlookOf, permutationsOf } from '../model/season-scenarios.ts'

/**
 * The championship permutations of the next race as plain data: what `pitboard permutations
 * --format json` prints (docs/cli.md#permutations). Extend it, never rename: others build on it.
 */
export interface PermutationsDocument {
  readonly series: string
  readonly season: number
  /** The race the standings are after. */
  readonly afterRace: string
  readonly championships: ReadonlyArray<ChampionshipPermutations>
}

export interface ChampionshipPermutations {
  readonly id: string
  readonly name: string
  /** The title picture: `can-clinch`, `decided-later`, `clinched`, `shared` (null: no table yet). */
  readonly outlook: string | null
  /** The one sentence every surface says. */
  readonly sentence: string | null
  /** The race the table is for; null when there is no table (title settled, no race left). */
  readonly race: { readonly id: string; readonly name: string } | null
  readonly leader: string | null
  /** `place`: outcomes by place and bonuses; `points`: by the points a team scores. */
  readonly by: 'place' | 'points' | null
  readonly rivals: ReadonlyArray<{
    readonly id: string | null
    readonly name: string
    /** "Out if outscored by Verstappen by 8 points or more." */
    readonly line: string | null
  }>
  readonly outcomes: ReadonlyArray<OutcomeDocument>
  /**
   * The next weekend's races together (a sprint and a Grand Prix; two Carrera Cup races), by
   * the points the leader scores over them; null when the next race is alone on its weekend.
   */
  readonly weekend: {
    readonly races: ReadonlyArray<string>
    readonly name: string
    readonly outcomes: ReadonlyArray<OutcomeDocument>
  } | null
}

export interface OutcomeDocument {
  /** The leader's place in its class (or the race); null: not classified, or a team's points row. */
  readonly place: number | null
  /** The place stands for itself and every place below it. */
  readonly orLower: boolean
  readonly pole: boolean
  readonly fastestLap: boolean
  readonly points: number
  readonly clinches: Verdict
  /** One per rival, in `rivals` order. */
  readonly rivals: ReadonlyArray<{
    /** The most points the rival may score with the leader still clinching; null: none will do
     * (or, for a driver yet to race in the last race, only not starting will). */
    readonly mostPoints: number | null
    /** Per bonus set the rival can take, the best place it may take (null: none) — place tables. */
    readonly places: ReadonlyArray<{
      readonly pole: boolean
      readonly fastestLap: boolean
      readonly from: number | null
      readonly unclassified: boolean
    }>
  }>
}

export function toPermutationsDocument(
  model: SeasonModel,
  step: number,
  only: ReadonlyArray<string>,
): PermutationsDocument {
  const { standings } = model
  const championships = standings.championships
    .map((p) => p.championship)
    .filter((c) => only.length === 0 || only.includes(c.id))
  return {
    series: standings.season.series.name,
    season: standings.season.season,
    afterRace: standings.scored[step]?.race.race.id ?? '',
    championships: championships.map((championship): ChampionshipPermutations => {
      const view = permutationsOf(model, championship.id, step)
      const outlook = outlookOf(model, championship.id, step)
      const deepest = Math.max(
        0,
        ...(view?.rows ?? []).flatMap((r) => r.outcomes.map((o) => o.leader.place ?? 0)),
      )
      return {
        id: championship.id,
        name: championship.name,
        outlook: outlook?.kind ?? null,
        sentence: outlook?.sentence ?? null,
        race: view === null ? null : { id: view.raceId, name: view.race },
        leader: view?.leader ?? null,
        by: view?.by ?? null,
        rivals: view?.rivals ?? [],
        outcomes: outcomesOf(view?.rows ?? [], view?.by === 'place' ? deepest : -1),
        weekend:
          view === null || view.weekend === null
            ? null
            : {
                races: view.weekend.raceIds,
                name: view.weekend.races,
                outcomes: outcomesOf(view.weekend.rows, -1),
              },
      }
    }),
  }
}

/** The engine's rows behind the view's, as the JSON says them (`deepest`: the "or lower" place). */
function outcomesOf(
  rows: ReadonlyArray<PermutationsViewRow>,
  deepest: number,
): Array<OutcomeDocument> {
  return rows.flatMap((row) =>
    row.outcomes.map((o) => ({
      place: o.leader.place,
      orLower: o.leader.place !== null && o.leader.place === deepest,
      pole: o.leader.pole,
      fastestLap: o.leader.fastestLap,
      points: o.leader.points,
      clinches: o.clinches,
      rivals: o.limits.map((limit) => ({
        mostPoints: limit.kind === 'alive' || limit.kind === 'absent' ? null : limit.maxPoints,
        places: limit.places.map((p) => ({
          pole: p.set.pole,
          fastestLap: p.set.fastestLap,
          from: p.from,
          unclassified: p.unplaced,
        })),
      })),
    })),
  )
}
