import type { RowStatus } from '../engine/types.ts'

/**
 * What a status word says: a status, or "classified if it covered the distance" (a timing file
 * calls every starter classified; the lap share decides, docs/importing.md#what-an-import-decides).
 */
export type StatusReading = Exclude<RowStatus, 'classified'> | 'classified-if-distance'

/** The importers with a list of their own: Al Kamel timing exports, and any other CSV. */
export type StatusList = 'alkamel' | 'csv'

type Words = ReadonlyArray<readonly [word: string, reading: StatusReading]>

const CLASSIFIED = 'classified-if-distance'

/**
 * The Al Kamel timing export, CSV and JSON (docs/importing.md#status-words): every word its files
 * use — "Classified", "Not started" in IMSA race files, "Not Classified", "Disqualified" in the
 * JSON, the rest from its live feed (`NOT_CLASSIFIED`). It is also the vocabulary of
 * `TimingRow.status`: the other importers write these words (ergast-results.ts, generic-csv.ts).
 */
export const AL_KAMEL_STATUS_WORDS: Words = [
  ['Classified', CLASSIFIED],
  ['Not classified', 'nc'],
  ['Retired', 'dnf'],
  ['Not started', 'dns'],
  ['Disqualified', 'dsq'],
  ['Excluded', 'dsq'],
  // An empty cell says nothing: the POSITION decides (a place: by distance; none: DNS).
  ['', CLASSIFIED],
]

/** Words of one meaning, in English and by language. */
function meaning(
  reading: StatusReading,
  english: ReadonlyArray<string>,
  more: Readonly<Record<string, ReadonlyArray<string>>>,
): Words {
  return [...english, ...Object.values(more).flat()].map((word) => [word, reading])
}

/**
 * Any other CSV (docs/importing.md#status-words): the common English words and codes, and the
 * usual German, French, Italian and Spanish ones; a lap deficit ("+1 Lap") is classified too.
 * "Withdrawn" is DNS: a withdrawn entry did not take the start (Ergast's `W` is the same); a car
 * withdrawn during the race is a retirement, set with `--status <car>=dnf` or in review.
 */
export const CSV_STATUS_WORDS: Words = [
  ...AL_KAMEL_STATUS_WORDS,
  ...meaning(CLASSIFIED, ['Finished', 'Finish', 'Running', 'Lapped'], {
    de: ['Klassifiziert', 'Gewertet', 'Im Ziel'],
    fr: ['Classé', 'Arrivé'],
    it: ['Classificato', 'Arrivato'],
    es: ['Clasificado'],
  }),
  ...meaning('dnf', ['DNF', 'Ret', 'Retirement', 'Did not finish', 'Accident', 'Abandon'], {
    en: ['Abandoned'],
    de: ['Ausgeschieden', 'Aufgegeben', 'Ausfall'],
    fr: ['Abandonné'],
    it: ['Ritirato'],
    es: ['Retirado', 'Abandono'],
  }),
  ...meaning('dsq', ['DQ', 'DSQ', 'Disq', 'Disqualification', 'Black flag', 'Exclusion'], {
    de: ['Disqualifiziert'],
    fr: ['Disqualifié'],
    it: ['Squalificato'],
    es: ['Descalificado'],
  }),
  ...meaning('dns', ['DNS', 'Did not start', 'Non starter', 'Withdrawn', 'Withdrew', 'WD'], {
    en: ['DNQ', 'Did not qualify'],
    de: ['Nicht gestartet'],
    fr: ['Non partant'],
    it: ['Non partito'],
  }),
  ...meaning('nc', ['NC', 'Unclassified'], {
    de: ['Nicht klassifiziert', 'Nicht gewertet'],
    fr: ['Non classé'],
    it: ['Non classificato'],
    es: ['No clasificado'],
  }),
]

/** "+1 Lap", "2 Laps", "+3 Runden", "+1 tour", "+2 giri", "+1 vuelta", as normalWord leaves them. */
const LAP_DEFICIT = /^\+?\d{1,6}(laps?|runden?|tours?|giri|giro|vueltas?)$/

/**
 * Case, spaces (and `_` or `-` between words) and accents ignored: "NOT_CLASSIFIED", "not
 * classified" and "Not Classified" are one word, "Disqualifié" is "disqualifie". Any other
 * character stays, so "Finished?" is not "Finished" and "+1.5 Laps" is no lap deficit.
 */
function normalWord(written: string): string {
  return written
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/gu, '')
}

const LISTS: Readonly<Record<StatusList, ReadonlyMap<string, StatusReading>>> = {
  alkamel: new Map(AL_KAMEL_STATUS_WORDS.map(([word, reading]) => [normalWord(word), reading])),
  csv: new Map(CSV_STATUS_WORDS.map(([word, reading]) => [normalWord(word), reading])),
}

/**
 * What a status word means in an importer's closed list, or null when the word is not on it:
 * the import then refuses the word by file, line and column (to-race-results.ts), never
 * guessing it into a classified finisher (issue 22, finding 6).
 */
export function statusWord(list: StatusList, written: string): StatusReading | null {
  const word = normalWord(written)
  const listed = LISTS[list].get(word)
  if (listed !== undefined) return listed
  return list === 'csv' && LAP_DEFICIT.test(word) ? CLASSIFIED : null
}

/** The Al Kamel word of each reading: what `TimingRow.status` holds for any importer. */
const AL_KAMEL_WORD: Readonly<Record<StatusReading, string>> = {
  'classified-if-distance': 'Classified',
  nc: 'Not classified',
  dnf: 'Retired',
  dns: 'Not started',
  dsq: 'Disqualified',
}

/**
 * A CSV status word written as the Al Kamel word of the same meaning ("DNF" → "Retired"); a word
 * not on the CSV list comes back as written, for toRaceResults to refuse with its line.
 */
export function asAlKamelWord(written: string): string {
  const reading = statusWord('csv', written)
  return reading === null ? written : AL_KAMEL_WORD[reading]
}
