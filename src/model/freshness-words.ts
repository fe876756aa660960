import { clockTime } from './clock-time.ts'

/** The word on every surface whose numbers stopped updating (docs/dashboard.md#staleness). */
export const STALE_WORD = 'NOT UPDATING'

/** Why the numbers are stale (data/freshness.ts `staleReason`). */
export type StaleReason = 'server' | 'files' | 'missing' | 'older' | 'silent'

/** What a stale banner says, apart from its running age: the word and the sentence. */
export interface StaleWords {
  readonly word: string
  readonly sentence: string
  /** Said after the age, when there is one: "Retrying every 5 s." */
  readonly retry: string
}

/**
 * A stale banner in words (docs/dashboard.md#staleness). `named` names races as the series does
 * ("race 11", "round 18, Japan,"); `fetchedAt` is when the numbers shown were read.
 */
export function staleWords(
  why: StaleReason,
  input: {
    readonly fetchedAt: number
    readonly staleFiles: ReadonlyArray<string>
    readonly missingFiles: ReadonlyArray<string>
    readonly olderVersion: string | null
    readonly everySeconds: number
  },
  named: (ids: ReadonlyArray<string>) => string,
): StaleWords {
  const at = clockTime(input.fetchedAt)
  const retry = `Retrying every ${input.everySeconds} s.`
  const many = (ids: ReadonlyArray<string>) => ids.length > 1
  const { staleFiles, missingFiles } = input
  switch (why) {
    case 'missing':
      return {
        word: 'INCOMPLETE',
        sentence: `The ${many(missingFiles) ? 'results' : 'result'} of ${named(missingFiles)} could not be loaded: these standings leave ${many(missingFiles) ? 'them' : 'it'} out.`,
        retry,
      }
    case 'files':
      return {
        word: STALE_WORD,
        sentence: `The latest ${many(staleFiles) ? 'files' : 'file'} of ${named(staleFiles)} could not be used: shown as it was at ${at}.`,
        retry,
      }
    case 'server':
      return {
        word: STALE_WORD,
        sentence: `The data server is not answering. These numbers are from ${at}.`,
        retry,
      }
    case 'older':
      return {
        word: STALE_WORD,
        sentence: `The data server sent an older version (of ${clockTime(Date.parse(input.olderVersion ?? ''))}), which was ignored. These numbers are from ${at}.`,
        retry,
      }
    case 'silent':
      return { word: STALE_WORD, sentence: `No answer from the data server since ${at}.`, retry }
  }
}
