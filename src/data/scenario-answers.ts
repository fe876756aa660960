import { answerOf, type ScenarioAnswer, type ScenarioQuestion } from '../model/scenario-answer.ts'
import { buildSeasonModel, type SeasonModel, type SeasonModelInput } from '../model/season-model.ts'
import { applyWhatIf } from '../model/what-if.ts'

/** A message to the scenario worker (scenario-worker.ts): a season to hold, or a question. */
export type ScenarioRequest =
  | { readonly kind: 'season'; readonly key: string; readonly input: SeasonModelInput }
  | {
      readonly kind: ScenarioQuestion
      readonly id: number
      readonly key: string
      readonly championship: string
      readonly step: number
    }

export type ScenarioReply =
  | { readonly id: number; readonly answer: ScenarioAnswer }
  | { readonly id: number; readonly error: string }

/** How many seasons (data versions, what-ifs) are kept: the current one and a few before. */
const KEEP = 3

/**
 * The worker's side, kept apart from the worker entry so it can be tested: holds the latest
 * seasons by key and answers scenario questions from their models.
 */
export function scenarioAnswers(): (request: ScenarioRequest) => ScenarioReply | null {
  const models = new Map<string, SeasonModel>()
  return (request) => {
    switch (request.kind) {
      case 'season':
        models.delete(request.key)
        models.set(request.key, buildSeasonModel(request.input, applyWhatIf))
        for (const key of models.keys()) if (models.size > KEEP) models.delete(key)
        return null
      case 'summary':
      case 'permutations': {
        const model = models.get(request.key)
        if (model === undefined)
          return { id: request.id, error: `no season "${request.key}" in the scenario worker` }
        try {
          return {
            id: request.id,
            answer: answerOf(model, request.kind, request.championship, request.step),
          }
        } catch (error) {
          return { id: request.id, error: error instanceof Error ? error.message : String(error) }
        }
      }
    }
  }
}
