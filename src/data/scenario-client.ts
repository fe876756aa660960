import type { PermutationsView } from '../model/permutations-view.ts'
import type { ScenarioAnswer, ScenarioQuestion } from '../model/scenario-answer.ts'
import type { ScenarioSummary } from '../model/scenario-summary.ts'
import type { SeasonModel } from '../model/season-model.ts'
import { retryableImport } from './retryable-import.ts'
import type { ScenarioReply, ScenarioRequest } from './scenario-answers.ts'

/** The scenarios on the main thread (no worker): loaded when first needed. */
const loadAnswers = retryableImport(() => import('../model/scenario-answer.ts'))

/** A season model and a key that names it (one per model, so one per data version and what-if). */
export interface ScenarioSource {
  readonly key: string
  readonly model: SeasonModel
}

const keys = new WeakMap<SeasonModel, string>()
let made = 0

/** The source for a model: the same key every time for the same model. */
export function scenarioSource(model: SeasonModel): ScenarioSource {
  let key = keys.get(model)
  if (key === undefined) {
    key = `season-${(made += 1)}`
    keys.set(model, key)
  }
  return { key, model }
}

interface Pending {
  readonly settle: (answer: ScenarioAnswer) => void
  readonly reject: (error: Error) => void
  /** The same question answered on the main thread, should the worker stop. */
  readonly here: () => void
}

/**
 * Asks the scenario worker; where there is no Worker (tests, old browsers) the model on the main
 * thread answers instead, after the current task, so the page still paints first.
 */
class ScenarioClient {
  private worker: Worker | null | undefined
  private readonly sent = new Set<string>()
  private readonly pending = new Map<number, Pending>()
  private readonly queue: Array<ScenarioRequest> = []
  private next = 0

  /** The scenarios of a championship after a race, without the permutations. */
  summary(
    source: ScenarioSource,
    championship: string,
    step: number,
  ): Promise<ScenarioSummary | null> {
    return this.ask(source, 'summary', championship, step).then((answer) =>
      answer.kind === 'summary' ? answer.summary : Promise.reject(misread(answer)),
    )
  }

  /** The championship permutations of the next race (null: title settled, or no race left). */
  permutations(
    source: ScenarioSource,
    championship: string,
    step: number,
  ): Promise<PermutationsView | null> {
    return this.ask(source, 'permutations', championship, step).then((answer) =>
      answer.kind === 'permutations' ? answer.permutations : Promise.reject(misread(answer)),
    )
  }

  private ask(
    source: ScenarioSource,
    question: ScenarioQuestion,
    championship: string,
    step: number,
  ): Promise<ScenarioAnswer> {
    const here = () =>
      loadAnswers().then(({ answerOf }) => answerOf(source.model, question, championship, step))
    const worker = this.start()
    if (worker === null) return here()
    if (!this.sent.has(source.key)) {
      this.post(worker, { kind: 'season', key: source.key, input: source.model.input })
      this.sent.add(source.key)
    }
    const id = (this.next += 1)
    return new Promise((settle, reject) => {
      this.pending.set(id, { settle, reject, here: () => void here().then(settle, reject) })
      this.post(worker, { kind: question, id, key: source.key, championship, step })
    })
  }

  /**
   * Whether questions go to a worker that is running: only then are answers worked out ahead of
   * being asked for (use-prefetch-scenarios.ts), never on the main thread the page paints on.
   */
  get inWorker(): boolean {
    return this.worker !== undefined && this.worker !== null
  }

  /**
   * Requests wait for the frame being drawn, then go in the order asked: the worker's search
   * on the other core would slow the click's paint on a two-core phone or laptop (a 40-car tab:
   * 78 → 43 ms to the next paint, the title column as soon as before; docs/performance.md).
   */
  private post(worker: Worker, request: ScenarioRequest): void {
    this.queue.push(request)
    if (this.queue.length > 1) return
    afterNextPaint(() => {
      const requests = this.queue.splice(0)
      // A worker stopped meanwhile has had its questions answered on the main thread.
      if (this.worker === worker) for (const queued of requests) worker.postMessage(queued)
    })
  }

  private start(): Worker | null {
    if (this.worker !== undefined) return this.worker
    if (typeof Worker === 'undefined') return (this.worker = null)
    const worker = new Worker(new URL('./scenario-worker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', (event: MessageEvent<ScenarioReply>) => {
      const reply = event.data
      const waiting = this.pending.get(reply.id)
      this.pending.delete(reply.id)
      if (waiting === undefined) return
      if ('error' in reply) waiting.reject(new Error(reply.error))
      else waiting.settle(reply.answer)
    })
    worker.addEventListener('error', (event) => {
      // A worker that cannot start (its file gone after a redeploy) or that fails: every question
      // waiting, and every one after, is answered on the main thread instead.
      event.preventDefault()
      worker.terminate()
      for (const waiting of this.pending.values()) waiting.here()
      this.pending.clear()
      this.sent.clear()
      this.worker = null
    })
    return (this.worker = worker)
  }
}

export const scenarioClient = new ScenarioClient()

/**
 * Runs `run` once the frame being drawn has been painted (a task after the next animation
 * frame), or after 100 ms, whichever is first: a page in a background tab draws no frames.
 */
function afterNextPaint(run: () => void): void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    run()
  }
  requestAnimationFrame(() => setTimeout(once, 0))
  setTimeout(once, 100)
}

function misread(answer: ScenarioAnswer): Error {
  return new Error(`the scenario worker answered another question (${answer.kind})`)
}
