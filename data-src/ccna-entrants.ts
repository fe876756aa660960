import type { EntrantFacts, SeasonFacts } from '../scripts/ccna/season-facts.ts'

/**
 * The shapes both CCNA seasons are written in (data-src/ccna-2023.ts, ccna-2024.ts). `labels`
 * names each class of the season as people write it (and limits `cls` to those classes);
 * `unnamedSources` is the entry list that counts the entries no source names.
 */
export function entrantsOf<C extends string>(
  labels: Readonly<Record<C, string>>,
  unnamedSources: ReadonlyArray<string>,
) {
  /** An entrant a source names. */
  const entrant = (
    cls: C,
    id: string,
    name: string,
    country: string | undefined,
    car: string,
    team: string,
    weekends: EntrantFacts['weekends'],
    pace: number,
    sources: ReadonlyArray<string>,
    tags?: ReadonlyArray<string>,
  ): EntrantFacts => ({
    id,
    name,
    ...(country === undefined ? {} : { country }),
    car,
    team,
    class: cls,
    weekends,
    pace,
    named: true,
    sources,
    ...(tags === undefined ? {} : { tags }),
  })
  /** An entry no source names: it keeps the published field size right, and says so. */
  const unnamed = (
    cls: C,
    letter: string,
    car: string,
    team: string,
    weekends: EntrantFacts['weekends'],
    pace: number,
  ): EntrantFacts => ({
    id: `${cls}-entry-${letter.toLowerCase()}`,
    name: `${labels[cls]} entry ${letter} (driver not published)`,
    car,
    team,
    class: cls,
    weekends,
    pace,
    named: false,
    sources: unnamedSources,
  })
  return { entrant, unnamed }
}

/** Points by class position, pole 2 and fastest race lap 1 per class [PCNA-MIA24], [NR-IMS24]. */
export const CCNA_SCORING: SeasonFacts['scoring'] = {
  points: [25, 20, 17, 14, 12, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
  awardBy: 'class',
  bonuses: { pole: 2, fastestLap: 1 },
}
