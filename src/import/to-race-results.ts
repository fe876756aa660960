import type { Driver, RaceResults, ResultRow, RowStatus, Season, Team } from '../engine/types.ts'
import { whereIn, type Parsed, type TimingRow } from './alkamel-results.ts'
import { describeName, describeValue } from '../data/fault.ts'
import { normalName, slugFor } from './name-match.ts'
import { statusWord } from './status-word.ts'

export interface ImportOptions {
  readonly race: string
  /** A car is classified with at least this share of its class winner's laps (default 0.7). */
  readonly minLapsShare?: number
  /**
   * Statuses the user confirmed or changed in review (`--status` on the CLI), by car number:
   * they win over the sheet's word, even one the import would refuse.
   */
  readonly statusOverrides?: ReadonlyMap<string, RowStatus>
  /**
   * Cars (by number) driven by a guest: no championship entry, no place for points — the next
   * car of the class takes the place's points (docs/data-format.md#a-guest). Timing files do not
   * say it; the operator does (`--guest 17`, the review's Guest box).
   */
  readonly guests?: ReadonlySet<string>
  /** The qualifying results: the first car of each class takes the pole. */
  readonly qualifying?: ReadonlyArray<TimingRow> | null
  readonly status?: RaceResults['status']
  readonly note?: string
}

export interface ImportedRace {
  readonly results: RaceResults
  /** Drivers and teams the season does not know yet, to add to season.json. */
  readonly newDrivers: ReadonlyArray<Driver>
  readonly newTeams: ReadonlyArray<Team>
  readonly warnings: ReadonlyArray<string>
}

/** The team of a car whose sheet names none (docs/importing.md). */
const NO_TEAM = 'Team not given'
const NO_TEAM_WARNING = `no team given for some cars: entered as "${NO_TEAM}"`

/**
 * Turns a timing sheet into a contract result file (docs/importing.md): classes, drivers and
 * teams matched to the season by name (new ones listed, never guessed into someone else), class
 * positions left to the engine, status words from a closed list (`row.status` in the Al Kamel
 * words, status-word.ts; any other word is an error), classification by distance (a timing file
 * calls every starter "Classified"), fastest lap per class from the cars' best laps, pole per
 * class from qualifying.
 */
export function toRaceResults(
  rows: ReadonlyArray<TimingRow>,
  season: Season,
  options: ImportOptions,
  file: string,
): Parsed<ImportedRace> {
  const errors: Array<string> = []
  const warnings: Array<string> = []
  const classByName = new Map<string, string>()
  for (const c of season.classes) {
    classByName.set(normalName(c.id).replaceAll(' ', ''), c.id)
    classByName.set(normalName(c.name).replaceAll(' ', ''), c.id)
  }
  const drivers = new Map(season.drivers.map((d) => [normalName(d.name), d.id]))
  const teams = new Map(season.teams.map((t) => [normalName(t.name), t.id]))
  const takenDrivers = new Set(season.drivers.map((d) => d.id))
  const takenTeams = new Set(season.teams.map((t) => t.id))
  const newDrivers: Array<Driver> = []
  const newTeams: Array<Team> = []
  const classOf = (row: TimingRow) => {
    const id = classByName.get(normalName(row.classLabel).replaceAll(' ', ''))
    if (id === undefined)
      errors.push(
        `${whereIn(file, row, 'CLASS')}: unknown class ${describeValue(row.classLabel)} (the season has ${season.classes.map((c) => c.name).join(', ')})`,
      )
    return id ?? ''
  }
  const driverId = (first: string, last: string, country: string | null) => {
    const name = `${first} ${last}`.trim()
    const known = drivers.get(normalName(name))
    if (known !== undefined) return known
    const id = slugFor(name, takenDrivers)
    takenDrivers.add(id)
    drivers.set(normalName(name), id)
    newDrivers.push({
      id,
      name,
      ...(country !== null && /^[A-Z]{3}$/.test(country) ? { country } : {}),
    })
    return id
  }
  const teamId = (given: string) => {
    // A sheet without teams: one entry that says so, rather than a team with no name.
    const name = given.trim() === '' ? NO_TEAM : given
    if (name === NO_TEAM && !warnings.includes(NO_TEAM_WARNING)) warnings.push(NO_TEAM_WARNING)
    const known = teams.get(normalName(name))
    if (known !== undefined) return known
    const id = slugFor(name, takenTeams)
    takenTeams.add(id)
    teams.set(normalName(name), id)
    newTeams.push({ id, name })
    return id
  }
  const classes = rows.map(classOf)
  const share = options.minLapsShare ?? 0.7
  const winnerLaps = new Map<string, number>()
  rows.forEach((row, i) => {
    const c = classes[i] ?? ''
    winnerLaps.set(c, Math.max(winnerLaps.get(c) ?? 0, row.laps ?? 0))
  })
  const ordered = rows
    .map((row, i) => ({ row, classId: classes[i] ?? '' }))
    .toSorted((a, b) => (a.row.position ?? Infinity) - (b.row.position ?? Infinity))
  const statuses = ordered.map(({ row, classId }): { status: RowStatus; reason: string | null } => {
    const override = options.statusOverrides?.get(row.car)
    if (override !== undefined) return { status: override, reason: 'status set on import' }
    // A closed list (docs/importing.md#status-words): a word not on it is refused, never read
    // as a classified finisher; the status set on import above is how to fix it.
    const word = statusWord('alkamel', row.status)
    if (word === null)
      errors.push(
        `${whereIn(file, row, 'STATUS')}: unknown status ${describeValue(row.status)} for car ${describeName(row.car)} (the known words: docs/importing.md#status-words); correct the cell, or set the car's status on import: --status ${describeName(row.car)}=dnf (classified, dnf, dns, dsq or nc)`,
      )
    const raw = row.position === null || word === null ? 'dns' : word
    if (raw !== 'classified-if-distance') return { status: raw, reason: null }
    const needed = Math.ceil((winnerLaps.get(classId) ?? 0) * share)
    if ((row.laps ?? 0) >= needed) return { status: 'classified', reason: null }
    warnings.push(
      `${whereIn(file, row)}: car ${describeName(row.car)} completed ${row.laps ?? 0} of ${winnerLaps.get(classId) ?? 0} laps (under ${Math.round(share * 100)} % of its class winner): not classified, recorded as retired`,
    )
    return {
      status: 'dnf',
      reason: `completed ${row.laps ?? 0} of ${winnerLaps.get(classId) ?? 0} laps`,
    }
  })
  const fastest = new Map<string, { car: string; time: number }>()
  ordered.forEach(({ row, classId }, i) => {
    if (statuses[i]?.status === 'dns' || row.bestLapSeconds === null) return
    const best = fastest.get(classId)
    if (best === undefined || row.bestLapSeconds < best.time)
      fastest.set(classId, { car: row.car, time: row.bestLapSeconds })
  })
  const poles = new Map<string, string>()
  for (const q of (options.qualifying ?? []).toSorted(
    (a, b) => (a.position ?? Infinity) - (b.position ?? Infinity),
  )) {
    const c = classByName.get(normalName(q.classLabel).replaceAll(' ', ''))
    if (c !== undefined && q.position !== null && !poles.has(c)) poles.set(c, q.car)
  }
  let position = 0
  const resultRows = ordered.map(({ row, classId }, i): ResultRow => {
    const { status, reason } = statuses[i] ?? { status: 'dns', reason: null }
    const base = {
      car: row.car,
      drivers: row.drivers.map((d) => driverId(d.first, d.last, d.country)),
      team: teamId(row.team),
      class: classId,
      pole: poles.get(classId) === row.car,
      fastestLap: fastest.get(classId)?.car === row.car,
      laps: row.laps,
      time: row.totalTime,
      bestLap: row.bestLap,
      reason,
      ...(options.guests?.has(row.car) === true ? { guest: true } : {}),
    }
    if (base.drivers.length === 0)
      errors.push(`${whereIn(file, row)}: car ${describeName(row.car)} names no driver`)
    if (status === 'classified') return { ...base, status, position: (position += 1) }
    return { ...base, status }
  })
  const cars = new Set(rows.map((row) => row.car))
  for (const guest of options.guests ?? [])
    if (!cars.has(guest))
      errors.push(`${file}: no car ${describeName(guest)} in the file to mark as a guest (--guest)`)
  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: {
      results: {
        format: 'pitboard-results/1',
        race: options.race,
        status: options.status ?? 'provisional',
        // Classified cars in finishing order, then the rest as the sheet listed them.
        rows: [
          ...resultRows.filter((row) => row.status === 'classified'),
          ...resultRows.filter((row) => row.status !== 'classified'),
        ],
        source: { kind: 'imported', note: options.note ?? `Imported from ${file}` },
      },
      newDrivers,
      newTeams,
      warnings,
    },
    warnings,
  }
}
