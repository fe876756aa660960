import type { Page } from 'playwright-core'

/** One message between the page and its scenario worker: a question asked, or an answer. */
export interface WorkerMessage {
  readonly way: 'ask' | 'answer'
  /** The question's kind (`season`, `summary`, `permutations`), or the answer's. */
  readonly kind: string
  /** `performance.now()` in the page when it was posted or received. */
  readonly at: number
}

/**
 * Records every message between the page and the Workers it starts, before any page script
 * runs (`page.addInitScript`); `workerMessages` reads them back.
 */
export async function recordWorkerMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: Array<{ way: string; kind: string; at: number }> = []
    Reflect.set(window, '__workerMessages', log)
    const kindOf = (message: unknown): string => {
      if (typeof message !== 'object' || message === null) return ''
      const answer: unknown = Reflect.get(message, 'answer')
      return answer === undefined ? String(Reflect.get(message, 'kind')) : kindOf(answer)
    }
    const Original = window.Worker
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options)
        this.addEventListener('message', (event) =>
          log.push({ way: 'answer', kind: kindOf(event.data), at: performance.now() }),
        )
      }
      override postMessage(message: unknown, transfer: Array<Transferable>): void
      override postMessage(message: unknown, options?: StructuredSerializeOptions): void
      override postMessage(
        message: unknown,
        second?: Array<Transferable> | StructuredSerializeOptions,
      ): void {
        log.push({ way: 'ask', kind: kindOf(message), at: performance.now() })
        if (Array.isArray(second)) super.postMessage(message, second)
        else super.postMessage(message, second)
      }
    }
  })
}

/** The messages recorded so far, in order. */
export async function workerMessages(page: Page): Promise<Array<WorkerMessage>> {
  const messages: unknown = await page.evaluate((): unknown =>
    Reflect.get(window, '__workerMessages'),
  )
  return messages as Array<WorkerMessage>
}

/** Waits until `count` answers have come back from the worker. */
export async function answersIn(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (Reflect.get(window, '__workerMessages') as Array<{ way: string }>).filter(
        (m) => m.way === 'answer',
      ).length >= n,
    count,
    { timeout: 10_000 },
  )
}
