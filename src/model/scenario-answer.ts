import type { PermutationsView } from './permutations-view.ts'
import type { ScenarioSummary } from './scenario-summary.ts'
import type { SeasonModel } from './season-model.ts'
import { permutationsOf, summaryOf } from './season-scenarios.ts'

/**
 * A question about one championship after one race: its scenarios, or the next race's
 * permutations, asked apart by the views that show them (they are most of the work and of the
 * bytes: docs/architecture.md#scenarios-off-the-main-thread).
 */
export type ScenarioQuestion = 'summary' | 'permutations'

/** An answer, by the question it answers. */
export type ScenarioAnswer =
  | { readonly kind: 'summary'; readonly summary: ScenarioSummary | null }
  | { readonly kind: 'permutations'; readonly permutations: PermutationsView | null }

/**
 * The answer to `question` from `model`, in the scenario worker or, without one, on the page:
 * the same calls the command-line tool and the exports make.
 */
export function answerOf(
  model: SeasonModel,
  question: ScenarioQuestion,
  championship: string,
  step: number,
): ScenarioAnswer {
  switch (question) {
    case 'summary':
      return { kind: question, summary: summaryOf(model, championship, step) }
    case 'permutations':
      return { kind: question, permutations: permutationsOf(model, championship, step) }
  }
}
