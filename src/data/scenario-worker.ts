/**
 * The scenario worker (docs/architecture.md#scenarios-off-the-main-thread): the title scenarios
 * can take longer than a frame on a large field, so the dashboard asks for them here and keeps
 * responding meanwhile. Every answer comes from the same season model as the rest of the page.
 */
import { scenarioAnswers, type ScenarioRequest } from './scenario-answers.ts'

const answer = scenarioAnswers()

addEventListener('message', (event: MessageEvent<ScenarioRequest>) => {
  const reply = answer(event.data)
  if (reply !== null) postMessage(reply)
})
