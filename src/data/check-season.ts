import type { Season } from '../engine/types.ts'
import { formatPath, type Fault } from './fault.ts'
import { lookAlikeEntries } from './look-alike-entries.ts'

/** What the cross-checks of season.json found, and what each fault puts out of use. */
export interface SeasonReview {
  readonly faults: ReadonlyArray<Fault>
  readonly warnings: ReadonlyArray<Fault>
  /** Faults that make the whole season unusable (ambiguous ids). */
  readonly isFatal: boolean
  /** Races that cannot be scored, with the reasons. */
  readonly badRaces: ReadonlyMap<string, ReadonlyArray<string>>
  /** Championships that cannot be computed correctly, with the reasons. */
  readonly badChampionships: ReadonlyMap<string, ReadonlyArray<string>>
}

const FILE = 'season.json'

/**
 * Cross-checks season.json once its shape is valid (docs/data-format.md#validation): unique
 * ids; every class, race, driver and team a championship, drop rule or adjustment names exists;
 * every race type has a scoring rule; calendar and points tables in a sensible order; entries
 * that read as one (docs/data-format.md#identity) warned about.
 */
export function checkSeason(season: Season): SeasonReview {
  const faults: Array<Fault> = []
  const warnings: Array<Fault> = []
  const badRaces = new Map<string, Array<string>>()
  const badChampionships = new Map<string, Array<string>>()
  const fault = (path: ReadonlyArray<PropertyKey>, message: string) => {
    faults.push({ file: FILE, path: formatPath(path), message })
    return message
  }
  const warn = (path: ReadonlyArray<PropertyKey>, message: string) => {
    warnings.push({ file: FILE, path: formatPath(path), message })
  }
  const mark = (map: Map<string, Array<string>>, id: string, message: string) => {
    map.set(id, [...(map.get(id) ?? []), message])
  }

  const races = season.rounds.flatMap((round, r) =>
    round.races.map((race, i) => ({ race, path: ['rounds', r, 'races', i] })),
  )
  const duplicates = [
    ...findDuplicates('classes', season.classes),
    ...findDuplicates('drivers', season.drivers),
    ...findDuplicates('teams', season.teams),
    ...findDuplicates('championships', season.championships),
    ...findDuplicates(
      '',
      races.map(({ race, path }) => ({ id: race.id, path })),
    ),
  ]
  for (const duplicate of duplicates) fault(duplicate.path, duplicate.message)

  const raceIds = new Set(races.map(({ race }) => race.id))
  const calendarIndex = new Map(races.map(({ race }, i) => [race.id, i]))
  const classIds = season.classes.map((c) => c.id)
  const driverIds = new Set(season.drivers.map((d) => d.id))
  const teamIds = new Set(season.teams.map((t) => t.id))
  const tags = new Set(season.drivers.flatMap((d) => d.tags ?? []))
  const scoringTypes = Object.keys(season.scoring)
  const resultPaths = new Map<string, string>()

  for (const { race, path } of races) {
    if (!Object.hasOwn(season.scoring, race.type)) {
      mark(
        badRaces,
        race.id,
        fault(
          [...path, 'type'],
          `"${race.type}" has no scoring rule (scoring has ${list(scoringTypes)})`,
        ),
      )
    }
    const claimedBy = resultPaths.get(race.results)
    if (claimedBy !== undefined) {
      mark(
        badRaces,
        race.id,
        fault(
          [...path, 'results'],
          `"${race.results}" is already the result file of race ${claimedBy}`,
        ),
      )
    } else resultPaths.set(race.results, race.id)
  }

  season.championships.forEach((championship, c) => {
    const path = ['championships', c]
    const bad = (where: ReadonlyArray<PropertyKey>, message: string) =>
      mark(badChampionships, championship.id, fault([...path, ...where], message))
    championship.classes?.forEach((id, i) => {
      if (!classIds.includes(id))
        bad(['classes', i], `"${id}" is not a class of this season (${list(classIds)})`)
    })
    championship.races?.forEach((id, i) => {
      if (!raceIds.has(id)) bad(['races', i], `"${id}" is not a race of this season`)
    })
    for (const type of Object.keys(championship.scoring ?? {}))
      if (!scoringTypes.includes(type))
        bad(
          ['scoring', type],
          `"${type}" is not a race type the season scores (${list(scoringTypes)}): the championship's own rule replaces one of the season's`,
        )
    championship.excluded?.forEach((exclusion, i) => {
      if (exclusion.afterRace !== undefined && !raceIds.has(exclusion.afterRace))
        bad(['excluded', i, 'afterRace'], `"${exclusion.afterRace}" is not a race of this season`)
      const known = championship.kind === 'drivers' ? driverIds : teamIds
      if (!known.has(exclusion.id))
        bad(
          ['excluded', i, 'id'],
          `"${exclusion.id}" is not a ${championship.kind === 'drivers' ? 'driver' : 'team'} of this season`,
        )
    })
    if (championship.kind === 'drivers') {
      championship.tags?.forEach((tag, i) => {
        if (!tags.has(tag))
          warn([...path, 'tags', i], `no driver carries the tag "${tag}": the table will be empty`)
      })
    }
    const drops = championship.drops
    if (drops?.fromRace !== undefined && !raceIds.has(drops.fromRace)) {
      bad(['drops', 'fromRace'], `"${drops.fromRace}" is not a race of this season`)
    }
    drops?.keep?.forEach((id, i) => {
      if (!raceIds.has(id)) bad(['drops', 'keep', i], `"${id}" is not a race of this season`)
    })
    // A split season: each part but the last ends at its `toRace`, in calendar order.
    let partEnd = -1
    drops?.parts?.forEach((part, i) => {
      const at = ['drops', 'parts', i, 'toRace']
      const last = i === (drops.parts?.length ?? 0) - 1
      if (part.toRace === undefined) {
        if (!last) bad(at, 'every part but the last needs "toRace", the last race it covers')
        return
      }
      const index = calendarIndex.get(part.toRace)
      if (last) bad(at, 'the last part runs to the end of the season: leave "toRace" out')
      else if (index === undefined) bad(at, `"${part.toRace}" is not a race of this season`)
      else if (index <= partEnd) bad(at, `"${part.toRace}" comes before the end of the part before`)
      else partEnd = index
    })
  })

  const championships = new Map(season.championships.map((c) => [c.id, c]))
  season.adjustments?.forEach((adjustment, a) => {
    const path = ['adjustments', a]
    const championship = championships.get(adjustment.championship)
    if (championship === undefined) {
      fault(
        [...path, 'championship'],
        `"${adjustment.championship}" is not a championship of this season`,
      )
      return
    }
    const bad = (where: string, message: string) =>
      mark(badChampionships, championship.id, fault([...path, where], message))
    if (!raceIds.has(adjustment.afterRace))
      bad('afterRace', `"${adjustment.afterRace}" is not a race of this season`)
    if (adjustment.driver !== undefined) {
      if (championship.kind !== 'drivers')
        bad('driver', `championship "${championship.id}" is a teams' championship: name a team`)
      else if (!driverIds.has(adjustment.driver))
        bad('driver', `"${adjustment.driver}" is not a driver of this season`)
    } else if (championship.kind !== 'teams') {
      bad('team', `championship "${championship.id}" is a drivers' championship: name a driver`)
    } else if (!teamIds.has(adjustment.team))
      bad('team', `"${adjustment.team}" is not a team of this season`)
  })

  for (const [type, rule] of Object.entries(season.scoring)) {
    if (rule.points.some((points, i) => i > 0 && points > (rule.points[i - 1] ?? 0))) {
      warn(
        ['scoring', type, 'points'],
        'the points table rises somewhere: is it in finishing order?',
      )
    }
  }
  season.rounds.forEach((round, r) => {
    const previous = season.rounds[r - 1]
    if (previous !== undefined && round.round <= previous.round) {
      warn(
        ['rounds', r, 'round'],
        `round ${round.round} follows round ${previous.round}: rounds are read in file order`,
      )
    }
  })

  // Two entries that read as one: a warning (two people may share a name).
  warnings.push(...lookAlikeEntries(season))

  return { faults, warnings, isFatal: duplicates.length > 0, badRaces, badChampionships }
}

function findDuplicates(
  collection: string,
  items: ReadonlyArray<{ readonly id: string; readonly path?: ReadonlyArray<PropertyKey> }>,
): Array<{ path: ReadonlyArray<PropertyKey>; message: string }> {
  const first = new Map<string, string>()
  const out: Array<{ path: ReadonlyArray<PropertyKey>; message: string }> = []
  items.forEach((item, i) => {
    const path = item.path ?? [collection, i]
    const seen = first.get(item.id)
    if (seen === undefined) first.set(item.id, formatPath(path))
    else
      out.push({
        path: [...path, 'id'],
        message: `"${item.id}" is already the id of ${seen}: ids must be unique`,
      })
  })
  return out
}

function list(values: ReadonlyArray<string>): string {
  return values.length === 0 ? 'none' : values.join(', ')
}
