import type { RaceStatus } from '../engine/types.ts'

export type TimingStatus = Exclude<RaceStatus, 'scheduled'>

/** What a file in the timing folder is, read from its name alone (docs/cli.md#watch). */
export type TimingFileKind =
  | { readonly kind: 'race'; readonly status: TimingStatus }
  | { readonly kind: 'skipped'; readonly reason: string }

// Whole words of the name only: "Unofficial" is its own word, never "official".
const STATUS_WORDS: ReadonlyArray<readonly [TimingStatus, ReadonlyArray<string>]> = [
  ['official', ['official']],
  ['provisional', ['provisional', 'unofficial', 'preliminary']],
  ['live', ['live', 'running']],
]
const OTHER_SESSIONS = ['qualifying', 'quali', 'practice', 'warmup']

/**
 * The status of an Al Kamel export, from the words of its file name (split at anything that is
 * not a letter, case ignored): `Official`; `Provisional`, `Unofficial` or `Preliminary`; `Live` or
 * `Running`. A name with none of them, or with two different ones, is skipped rather than
 * guessed; so is a qualifying or practice sheet, which is not the race.
 */
export function timingFileKind(name: string): TimingFileKind {
  const words = new Set(
    name
      .replace(/\.[^.]*$/, '')
      .toLowerCase()
      .split(/[^a-z]+/),
  )
  const session = OTHER_SESSIONS.find((word) => words.has(word))
  if (session !== undefined)
    return { kind: 'skipped', reason: `a ${session} sheet, not the race's results` }
  const said = STATUS_WORDS.filter(([, spellings]) => spellings.some((word) => words.has(word)))
  const [first, second] = said
  if (first === undefined)
    return {
      kind: 'skipped',
      reason:
        'the name says no status: expected Official, Provisional (or Unofficial, Preliminary) or Live (or Running)',
    }
  if (second !== undefined)
    return { kind: 'skipped', reason: `the name says both ${first[0]} and ${second[0]}` }
  return { kind: 'race', status: first[0] }
}

/** Higher replaces lower, never the other way round: live < provisional < official. */
export function statusRank(status: RaceStatus): number {
  return ['scheduled', 'live', 'provisional', 'official'].indexOf(status)
}
