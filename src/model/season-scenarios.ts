import { TallyCursor } from '../engine/scenarios/scenario-tally.ts'
import { permutationTable, type PermutationTable } from '../engine/scenarios/permutations.ts'
import { weekendTable, type WeekendTable } from '../engine/scenarios/weekend-permutations.ts'
import { championshipScenarios, type ChampionshipScenarios } from '../engine/scenarios/scenarios.ts'
import { permutationsView, type PermutationsView } from './permutations-view.ts'
import { scenarioSummary, type ScenarioSummary } from './scenario-summary.ts'
import { remember, type SeasonModel } from './season-model.ts'
import { describeOutlook, type Outlook } from './title-outlook.ts'

/**
 * The title scenarios of a model's championships (docs/scoring-rules.md#scenarios), kept per
 * model: asking again costs nothing (the outlook and summary of every step asked for, the full
 * scenarios of the last), and asking for the races in order walks the season once.
 * Kept apart from season-model.ts so the page's first load does without them: the dashboard
 * reads them in its scenario worker, the command-line tool directly.
 */
interface Kept {
  readonly cursors: Map<string, TallyCursor>
  /** Per championship, the last step asked for: each step's scenarios are large (every tally). */
  readonly scenarios: Map<
    string,
    { readonly step: number; readonly value: ChampionshipScenarios | null }
  >
  readonly outlooks: Map<string, Outlook | null>
  readonly tables: Map<string, PermutationTable | null>
  readonly weekends: Map<string, WeekendTable | null>
  readonly permutations: Map<string, PermutationsView | null>
  readonly summaries: Map<string, ScenarioSummary | null>
}

const kept = new WeakMap<SeasonModel, Kept>()

function keptFor(model: SeasonModel): Kept {
  let found = kept.get(model)
  if (found === undefined) {
    found = {
      cursors: new Map(),
      scenarios: new Map(),
      outlooks: new Map(),
      tables: new Map(),
      weekends: new Map(),
      permutations: new Map(),
      summaries: new Map(),
    }
    kept.set(model, found)
  }
  return found
}

/** The scenarios after progression step `step`; null for a championship or a step with no table. */
export function scenariosOf(
  model: SeasonModel,
  championship: string,
  step: number,
): ChampionshipScenarios | null {
  const { cursors, scenarios } = keptFor(model)
  const last = scenarios.get(championship)
  if (last?.step === step) return last.value
  const focus = model.championship(championship)
  const { standings } = model
  const value =
    focus === null || (focus.progression.table.sizes[step] ?? 0) === 0
      ? null
      : championshipScenarios(
          standings,
          focus.progression,
          step,
          remember(
            cursors,
            championship,
            () => new TallyCursor(standings.season, standings.scored, focus.progression),
          ),
        )
  scenarios.set(championship, { step, value })
  return value
}

/** The title picture in words after progression step `step`. */
export function outlookOf(model: SeasonModel, championship: string, step: number): Outlook | null {
  return remember(keptFor(model).outlooks, `${championship}@${step}`, () => {
    const scenarios = scenariosOf(model, championship, step)
    const focus = model.championship(championship)
    return scenarios === null || focus === null
      ? null
      : describeOutlook(
          scenarios,
          focus.progression.championship,
          () => tableOf(model, championship, step),
          () => weekendOf(model, championship, step),
        )
  })
}

/**
 * The permutation table of the next race after progression step `step` (permutations.ts: none
 * once the title is clinched).
 */
function tableOf(model: SeasonModel, championship: string, step: number): PermutationTable | null {
  return remember(keptFor(model).tables, `${championship}@${step}`, () => {
    const scenarios = scenariosOf(model, championship, step)
    return scenarios === null ? null : permutationTable(scenarios)
  })
}

/** The permutation table of the next weekend's races together (weekend-permutations.ts). */
function weekendOf(model: SeasonModel, championship: string, step: number): WeekendTable | null {
  return remember(keptFor(model).weekends, `${championship}@${step}`, () => {
    const scenarios = scenariosOf(model, championship, step)
    return scenarios === null ? null : weekendTable(scenarios)
  })
}

/** The championship permutations of the next race, as every surface shows them. */
export function permutationsOf(
  model: SeasonModel,
  championship: string,
  step: number,
): PermutationsView | null {
  return remember(keptFor(model).permutations, `${championship}@${step}`, () => {
    const scenarios = scenariosOf(model, championship, step)
    const focus = model.championship(championship)
    return scenarios === null || focus === null
      ? null
      : permutationsView(
          scenarios,
          focus.progression.championship,
          tableOf(model, championship, step),
          weekendOf(model, championship, step),
        )
  })
}

/**
 * The scenarios as plain data: what the booth, the tables, the cards and the CLI read. The next
 * race's permutations are not in it (`permutationsOf`): worked out only when a view asks, or
 * when the title outlook's sentence needs their tables.
 */
export function summaryOf(
  model: SeasonModel,
  championship: string,
  step: number,
): ScenarioSummary | null {
  return remember(keptFor(model).summaries, `${championship}@${step}`, () => {
    const scenarios = scenariosOf(model, championship, step)
    return scenarios === null
      ? null
      : scenarioSummary(scenarios, outlookOf(model, championship, step))
  })
}
