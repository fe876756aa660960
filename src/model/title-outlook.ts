import { assertNever } from '../engine/assert-never.ts'
import { titleOutlook, type TitleOutlook } from '../engine/clinch-conditions.ts'
import type { ChampionshipScenarios } from '../engine/scenarios.ts'
import type { Championship } from '../engine/types.ts'
import { noun } from './count-noun.ts'
import { formatPoints } from './format-points.ts'
import { listOf } from './list-of.ts'
import { ordinalWord } from './ordinal.ts'
import { shortName } from './short-name.ts'

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
): Outlook | null {
  const outlook = titleOutlook(scenarios)
  if (outlook === null) return null
  const isTeams = championship.kind === 'teams'
  const nameOf = (row: number) => shortName(scenarios.rows[row]?.name ?? '', isTeams)
  const title = `the ${championship.name} title`
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
    case 'decided-later':
      return {
        kind: outlook.kind,
        leader: nameOf(outlook.leader),
        sentence: `${nameOf(outlook.leader)} cannot clinch ${title} in ${raceName(outlook)}.`,
      }
    case 'can-clinch': {
      const rivals = [
        ...outlook.rivals.map(nameOf),
        ...(outlook.newcomer ? [isTeams ? 'a team yet to race' : 'a driver yet to race'] : []),
      ]
      return {
        kind: outlook.kind,
        leader: nameOf(outlook.leader),
        sentence: `${nameOf(outlook.leader)} clinches ${title} in ${raceName(outlook)} by ${how(outlook, rivals)}.`,
      }
    }
    default:
      return assertNever(outlook)
  }
}

function raceName(outlook: {
  readonly race: { readonly race: { readonly index: number } }
}): string {
  return `race ${outlook.race.race.index + 1}`
}

/** "winning", "finishing ahead of Hamilton, or finishing third or better whatever Hamilton does". */
function how(
  outlook: Extract<TitleOutlook, { kind: 'can-clinch' }>,
  rivals: ReadonlyArray<string>,
): string {
  const { condition } = outlook
  if (condition.kind === 'points')
    return `scoring ${formatPoints(condition.points)} ${noun(condition.points, 'point')} or more`
  const who = listOf(rivals)
  const does = rivals.length === 1 ? 'does' : 'do'
  const { whatever, ifAhead, places } = condition
  const parts: Array<string> = []
  if (ifAhead !== null && (whatever ?? 0) < ifAhead)
    parts.push(
      ifAhead >= places
        ? `finishing ahead of ${who}`
        : `finishing ${ordinalWord(ifAhead)} or better and ahead of ${who}`,
    )
  // Winning is finishing ahead of everyone: only worth saying when "ahead of" is not enough.
  if (whatever === 1 && parts.length === 0) parts.push('winning')
  else if (whatever !== null && whatever > 1)
    parts.push(`finishing ${ordinalWord(whatever)} or better whatever ${who} ${does}`)
  return parts.join(', or ')
}
