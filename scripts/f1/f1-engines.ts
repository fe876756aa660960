import { readFileSync } from 'node:fs'

/**
 * The engine make of each car, for the seasons where a constructor raced with more than one
 * (data-src/f1/engines.json, from F1DB's entrants; CC BY 4.0). The constructors' championship
 * then ranks each chassis-engine pair on its own (Brabham-BMW and Brabham-Ford in 1982), as
 * F1DB's standings do.
 */
export interface F1Engines {
  readonly names: Readonly<Record<string, string>>
  readonly seasons: Readonly<
    Record<
      string,
      ReadonlyArray<{
        readonly constructor: string
        readonly engine: string
        readonly driver: string
        /** Rounds as F1DB writes them: "1,5-16". */
        readonly rounds: string
      }>
    >
  >
}

export function readEngines(path = 'data-src/f1/engines.json'): F1Engines {
  return JSON.parse(readFileSync(path, 'utf8')) as F1Engines
}

/** How one season names its constructors' entries. */
export interface SeasonTeams {
  /** Constructors that raced with more than one engine make this season. */
  readonly split: ReadonlySet<string>
  /** The entry a car scores for: the constructor, or "constructor-engine" when split. */
  teamOf(constructor: string, driver: string, round: number): string
  /** The entry of an F1DB standings line. */
  standingOf(constructor: string, engine: string | undefined): string
  /** A split entry's name: "Brabham-BMW". */
  nameOf(team: string, constructorName: (id: string) => string): string
}

export function seasonTeams(engines: F1Engines, year: number): SeasonTeams {
  const rows = engines.seasons[String(year)] ?? []
  const split = new Set(rows.map((row) => row.constructor))
  const byCar = new Map<string, string>()
  const names = new Map<string, string>()
  for (const row of rows) {
    names.set(`${row.constructor}-${row.engine}`, row.engine)
    for (const round of expandRounds(row.rounds))
      byCar.set(`${row.constructor}|${row.driver}|${round}`, row.engine)
  }
  return {
    split,
    teamOf(constructor, driver, round) {
      if (!split.has(constructor)) return constructor
      const engine = byCar.get(`${constructor}|${driver}|${round}`)
      if (engine === undefined)
        throw new Error(`${year} round ${round}: no engine for ${driver} (${constructor})`)
      return `${constructor}-${engine}`
    },
    standingOf(constructor, engine) {
      return split.has(constructor) && engine !== undefined
        ? `${constructor}-${engine}`
        : constructor
    },
    nameOf(team, constructorName) {
      const engine = names.get(team)
      if (engine === undefined) return constructorName(team)
      const constructor = team.slice(0, team.length - engine.length - 1)
      return `${constructorName(constructor)}-${engines.names[engine] ?? engine}`
    },
  }
}

/** "1,5-16" → 1, 5, 6, …, 16. */
function expandRounds(rounds: string): Array<number> {
  return rounds.split(',').flatMap((part) => {
    const [from = '', to = from] = part.split('-')
    const a = Number(from)
    const b = Number(to)
    if (!Number.isInteger(a) || !Number.isInteger(b) || b < a)
      throw new Error(`rounds "${rounds}": expected "1,5-16"`)
    return Array.from({ length: b - a + 1 }, (_, i) => a + i)
  })
}
