import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { convertSeason, type ConvertedSeason } from './convert-season.ts'
import { readEngines } from './f1-engines.ts'
import type { F1dbNames, F1dbSeason } from './f1db.ts'
import { readErrata } from './f1db-errata.ts'
import { readF1Rules } from './f1-rules.ts'
import { f1ShortNames, readLastNames } from './f1-short-names.ts'

const SOURCE = 'data-src/f1db'

/**
 * Everything `npm run data:f1` and its known-answer test read: the F1DB extract (CC BY 4.0),
 * the rules of each era, the engines per car, F1DB's errata and its compound surnames, and each
 * season converted.
 */
export function readF1Source() {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(SOURCE, file), 'utf8')) as T
  const drivers = read<F1dbNames>('drivers.json')
  const constructors = read<F1dbNames>('constructors.json')
  const rules = readF1Rules()
  const engines = readEngines()
  const errata = readErrata()
  const shortNames = f1ShortNames(drivers, readLastNames())
  const years = readdirSync(SOURCE)
    .flatMap((name) => /^(\d{4})\.json$/.exec(name)?.[1] ?? [])
    .map(Number)
    .sort((a, b) => a - b)
  /** One season of the extract and its conversion. */
  const season = (year: number): { source: F1dbSeason; converted: ConvertedSeason } => {
    const source = read<F1dbSeason>(`${year}.json`)
    return {
      source,
      converted: convertSeason(source, drivers, constructors, rules, engines, shortNames),
    }
  }
  return { rules, engines, errata, years, season }
}
