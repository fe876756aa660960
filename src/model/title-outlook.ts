import { assertNever } from '../engine/assert-never.ts'
import { titleOutlook, type TitleOutlook } from '../engine/scenarios/clinch-conditions.ts'
import type { PermutationTable } from '../engine/scenarios/permutations.ts'
import type { WeekendTable } from '../engine/scenarios/weekend-permutations.ts'
import type { ChampionshipScenarios } from '../engine/scenarios/scenarios.ts'
import type { Championship } from '../engine/types.ts'
import { clinchClauses } from './clinch-clauses.ts'
import { listOf } from './list-of.ts'
import { listOfRaces, raceName } from './race-name.ts'
import { shortNameOf } from './short-name.ts'

/** The title picture in words: what every surface (standings, booth, cards, CLI) says. */
export interface Outlook {
  readonly kind: TitleOutlook['kind']
  /** The leader (or leaders, when they share the title), as a card heading names them. */
  readonly leader: string
  /** One sentence, e.g. "Rosberg clinches the Drivers title in race 21 by winning." */
  readonly sentence: string
}

/**
 * The one mapping from the engine's title outlook to words (docs/scoring-rules.md#scenarios).
 * Drivers are named by surname, teams in full.
 */
export function describeOutlook(
  scenarios: ChampionshipScenarios,
  championship: Championship,
  table?: () => PermutationTable | null,
  weekend?: () => WeekendTable | null,
): Outlook | null {
  const outlook = titleOutlook(scenarios, table, weekend)
  if (outlook === null) return null
  const isTeams = championship.kind === 'teams'
  const nameOf = (row: number) => shortNameOf(scenarios.rows[row] ?? { name: '' }, isTeams)
  const title = `the ${championship.name} title`
  const rivalName = (i: number) =>
    i < 0 ? (isTeams ? 'a team yet to race' : 'a driver yet to race') : nameOf(i)
  switch (outlook.kind) {
    case 'clinched':
      return {
        kind: outlook.kind,
        leader: nameOf(outlook.leader),
        sentence:
          outlook.racesLeft === 0
            ? `${nameOf(outlook.leader)} is the ${championship.name} champion.`
            : `${nameOf(outlook.leader)} has clinched ${title}.`,
      }
    case 'shared': {
      const leaders = listOf(outlook.leaders.map(nameOf))
      return { kind: outlook.kind, leader: leaders, sentence: `${leaders} share ${title}.` }
    }
    case 'decided-later': {
      const cannot = `${nameOf(outlook.leader)} cannot clinch ${title} in ${raceName(outlook.race.race)}`
      const { weekend } = outlook
      if (weekend === null)
        return { kind: outlook.kind, leader: nameOf(outlook.leader), sentence: `${cannot}.` }
      // The races of the weekend together can: "…; over races 13 and 14 by scoring 40 points or more".
      const rivals = weekend.rivals.map((i) => rivalName(i))
      const table = { rows: weekend.rows, by: 'points' as const, race: weekend.races[0]! }
      return {
        kind: outlook.kind,
        leader: nameOf(outlook.leader),
        sentence: `${cannot}, but can over ${listOfRaces(
          weekend.races.map((r) => r.race),
          { more: true },
        )} ${clinchClauses(table, rivals)}.`,
      }
    }
    case 'can-clinch': {
      const rivals = outlook.table.rivals.map(rivalName)
      return {
        kind: outlook.kind,
        leader: nameOf(outlook.leader),
        sentence: `${nameOf(outlook.leader)} clinches ${title} in ${raceName(outlook.race.race, { more: true })} ${clinchClauses(outlook.table, rivals)}.`,
      }
    }
    default:
      return assertNever(outlook)
  }
}
