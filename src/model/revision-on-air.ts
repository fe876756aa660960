import type { Revision } from './revision.ts'

// When a booth board says a revision (docs/dashboard.md#booth); the words are
// revision-headline.ts, loaded with the booth. This is read by the page around it.

/** How long a board says a revision on air: long enough to read it twice, then it settles. */
export const REVISION_ON_AIR_MS = 12_000

/** Whether a revision found at `at` is still said on air at `now`. */
export function revisionOnAir(at: number, now: number): boolean {
  return now - at < REVISION_ON_AIR_MS
}

/** The newest revision (revisions come newest first) of a race the board counts. */
export function latestRevisionOf<R extends Revision>(
  revisions: ReadonlyArray<R>,
  counted: ReadonlyArray<string>,
): R | null {
  return revisions.find((revision) => counted.includes(revision.race)) ?? null
}
