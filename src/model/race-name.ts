import type { CalendarRace } from '../engine/scoring/calendar.ts'
import { noun } from './count-noun.ts'
import { listOf, listPartsOf } from './list-of.ts'

/** What a race's name is made of. */
export type NamedRace = Pick<CalendarRace, 'index' | 'numbering' | 'race' | 'round'>

/** Where a race's name stands in its sentence. */
export interface InSentence {
  /** It opens the sentence: "Round 18, Japan", "The Qatar sprint", "Race 12". */
  readonly opens?: boolean
  /**
   * Words follow it: a Grand Prix's place is then closed by a comma, as any aside is ("from 8
   * after round 5, Miami, to 146"; "race 12 to", "the Qatar sprint to" need none).
   */
  readonly more?: boolean
}

/**
 * A race by the names the calendar gives it and its round, as titles and tooltips show it:
 * "Race 3, Sebring", "Grand Prix, Japan".
 */
export function calendarName(race: Pick<CalendarRace, 'race' | 'round'>): string {
  return `${race.race.name}, ${race.round.name}`
}

/**
 * A race as the series names it in a sentence (docs/dashboard.md#race-numbers): Formula One by
 * round and Grand Prix ("round 18, Japan"; any other race of the round by its type: "the Qatar
 * sprint"), the Carrera Cup by race ("race 12").
 */
export function raceName(race: NamedRace, at: InSentence = {}): string {
  const name = bareName(race)
  return closed(at.opens === true ? capital(name) : name, at.more === true && hasAside(race))
}

/**
 * Several races in one sentence: "races 11 and 12" by race; by round each by its name, "the
 * Qatar sprint and round 17, Qatar".
 */
export function listOfRaces(races: ReadonlyArray<NamedRace>, at: InSentence = {}): string {
  const [first] = races
  if (races.length > 1 && races.every((race) => race.numbering === 'race')) {
    const text = `races ${listOf(races.map((race) => String(race.index + 1)))}`
    return at.opens === true ? capital(text) : text
  }
  if (first === undefined || races.length === 1) {
    return first === undefined ? '' : raceName(first, at)
  }
  return listEndingInRaces(
    races.map((race) => ({ words: '', race })),
    at,
  )
}

/** The races with ids `ids` of `calendar` as `listOfRaces` says them; ids it lacks are left out. */
export function listOfRaceIds(
  calendar: ReadonlyArray<CalendarRace>,
  ids: ReadonlyArray<string>,
  at: InSentence = {},
): string {
  return listOfRaces(
    ids.flatMap((id) => calendar.find((race) => race.race.id === id) ?? []),
    at,
  )
}

/**
 * Phrases that each end in a race's name, as a list in a sentence, every Grand Prix's place
 * closed where words follow it: "Hamilton ahead after round 11, Hungary, and Rosberg ahead after
 * round 15, Singapore".
 */
export function listEndingInRaces(
  phrases: ReadonlyArray<{ readonly words: string; readonly race: NamedRace }>,
  at: InSentence = {},
): string {
  const texts = phrases.map(({ words, race }) => `${words}${bareName(race)}`)
  const parts = listPartsOf(texts)
  let element = 0
  const text = parts
    .map((part, i) => {
      if (part.type !== 'element') return part.value
      const race = phrases[element]?.race
      element += 1
      const next = parts[i + 1]
      const more = next === undefined ? at.more === true : !next.value.startsWith(',')
      return closed(part.value, more && race !== undefined && hasAside(race))
    })
    .join('')
  return at.opens === true ? capital(text) : text
}

/**
 * Races counted as the series counts them (docs/dashboard.md#race-numbers): the Carrera Cup's
 * every race a race ("16 races"); Formula One's Grands Prix and sprints apart ("22 Grands Prix and
 * 3 sprints"), Grands Prix first. `kind` stands before each noun: "10 Pro races".
 */
export function countRaces(races: ReadonlyArray<NamedRace>, kind = ''): string {
  const counts = new Map<
    string,
    { readonly other: string; count: number; readonly main: boolean }
  >()
  for (const race of races) {
    const [one, other] = nounsOf(race)
    const found = counts.get(one)
    if (found === undefined) counts.set(one, { other, count: 1, main: race.race.type === 'race' })
    else found.count += 1
  }
  const before = kind === '' ? '' : `${kind} `
  const groups = [...counts].toSorted(([, a], [, b]) => Number(b.main) - Number(a.main))
  if (groups.length === 0) return `0 ${before}races`
  return listOf(
    groups.map(([one, { other, count }]) => `${count} ${before}${noun(count, one, other)}`),
  )
}

/** One race of its kind as the series counts it, and many. */
function nounsOf(race: NamedRace): readonly [string, string] {
  if (race.numbering === 'race') return ['race', 'races']
  const { type, name } = race.race
  if (type !== 'race') return [type, `${type}s`]
  return name === 'Grand Prix' ? ['Grand Prix', 'Grands Prix'] : ['race', 'races']
}

function bareName(race: NamedRace): string {
  if (race.numbering === 'race') return `race ${race.index + 1}`
  const type = race.race.type
  return type === 'race'
    ? `round ${race.round.round}, ${race.round.name}`
    : `the ${race.round.name} ${type}`
}

/** Whether the name ends in an aside that words after it must close: "round 18, Japan". */
function hasAside(race: NamedRace): boolean {
  return race.numbering === 'round' && race.race.type === 'race'
}

function closed(name: string, close: boolean): string {
  return close ? `${name},` : name
}

/** The text as a sentence opens with it: "Round 18, Japan". */
export function capital(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`
}
