import type { RaceResults, ResultRow } from '../../src/engine/types.ts'
import type { F1dbRace, F1dbRow } from './f1db.ts'
import type { SeasonTeams } from './f1-engines.ts'

/** What a season's rules say about the cars of one race (data-src/f1/rules.json). */
export interface RaceFacts {
  readonly teams: SeasonTeams
  /** Drivers whose car keeps its place but scores nothing (`noPoints`). */
  readonly unscored: ReadonlySet<string>
  /** Drivers of Formula 2 cars run in the Grand Prix (class `f2`). */
  readonly formula2: ReadonlySet<string>
  /** Whether a car shared by several drivers scores nothing (1958–64). */
  readonly sharedCarsScoreNothing?: boolean
  /** Whether a shared car's points are split between its drivers (1950–57). */
  readonly sharedCarsSplit?: boolean
  /** Declared exceptions to an equal split, by the car's drivers joined with "+". */
  readonly shares?: ReadonlyMap<string, ReadonlyArray<number>>
  /** Who set the fastest lap (F1DB), for a shared car's `fastestLapBy`. */
  readonly fastestLapDriver?: string
  /** The one driver a tied fastest lap's point went to (rules.json `fastestLapTo`). */
  readonly fastestLapTo?: string
}

/** F1DB's non-numeric positions: the status of a car that took part, or null for one that did not start the event. */
const STATUS: Readonly<Record<string, ResultRow['status'] | null>> = {
  DNF: 'dnf',
  DNS: 'dns',
  DSQ: 'dsq',
  EX: 'dsq',
  NC: 'nc',
  // Did not qualify, did not pre-qualify, did not practise: never in the race.
  DNQ: null,
  DNPQ: null,
  DNP: null,
}

/** One classification as a result file: a row per car (F1DB lists a shared car once per driver). */
export function resultsOf(
  id: string,
  race: F1dbRace,
  rows: ReadonlyArray<F1dbRow>,
  grandPrix: boolean,
  facts: RaceFacts,
): RaceResults {
  const { teams, unscored, formula2, sharedCarsScoreNothing = false } = facts
  const pole = grandPrix ? race.qualifyingTop3.find((q) => q.position === 1)?.driverId : undefined
  // A tie on time whose point went to one driver names that driver (rules.json fastestLapTo).
  const fastest = new Set(
    grandPrix
      ? facts.fastestLapTo !== undefined
        ? [facts.fastestLapTo]
        : race.fastestLaps.map((f) => f.driverId)
      : [],
  )
  const cars = new Map<string, ResultRow>()
  const taking = rows.filter((row) => typeof row.position === 'number' || STATUS[row.position])
  const starters = taking.filter((row) => row.position !== 'DNS')
  const started = new Set(starters.map((row) => row.driverNumber))
  const raced = new Set(starters.map((row) => row.driverId))
  const notes: Array<string> = []
  for (const row of rows) {
    const status = typeof row.position === 'number' ? 'classified' : STATUS[row.position]
    if (status === undefined) throw new Error(`${id}: unknown F1DB position ${row.position}`)
    if (status === null) continue
    // A driver who did not start one car and raced another (1976 Germany, Stommelen): one car
    // per driver per race, the other entry kept as a note.
    if (status === 'dns' && raced.has(row.driverId)) {
      const why =
        row.reasonRetired === undefined || row.reasonRetired === null
          ? ''
          : ` (${row.reasonRetired})`
      notes.push(`${row.driverId} did not start car ${row.driverNumber}${why} and raced another`)
      continue
    }
    // A driver who did not start while another raced a car of the same number ("car raced by
    // Jarier", 1981 Brazil): a car of its own, so each car number names one car.
    const car =
      status === 'dns' && started.has(row.driverNumber)
        ? `${row.driverNumber} (DNS)`
        : String(row.driverNumber)
    const key = `${car}|${String(row.position)}|${row.constructorId}`
    const earlier = cars.get(key)
    if (earlier !== undefined) {
      cars.set(key, {
        ...earlier,
        drivers: [...earlier.drivers, row.driverId],
        ...(sharedCarsScoreNothing ? { noPoints: true } : {}),
      })
      continue
    }
    const facts = {
      car,
      drivers: [row.driverId],
      team: teams.teamOf(row.constructorId, row.driverId, race.round),
      // A Formula 2 car in the field: classified, but points go by Formula One cars' places.
      class: formula2.has(row.driverId) ? 'f2' : 'f1',
      ...(unscored.has(row.driverId) ? { noPoints: true } : {}),
      ...(row.driverId === pole ? { pole: true } : {}),
      ...(fastest.has(row.driverId) ? { fastestLap: true } : {}),
      ...(row.laps === undefined || row.laps === null ? {} : { laps: row.laps }),
      ...(row.time === undefined || row.time === null ? {} : { time: row.time }),
      ...(row.reasonRetired === undefined || row.reasonRetired === null
        ? {}
        : { reason: row.reasonRetired }),
    }
    cars.set(
      key,
      typeof row.position === 'number'
        ? { ...facts, status: 'classified', position: row.position }
        : { ...facts, status: status === 'classified' ? 'dnf' : status },
    )
  }
  const rowsOut = [...cars.values()].map((row) => shareOut(row, facts))
  // Places F1DB skips (1983 Brazil: second vacated, nobody moved up) are vacant, not renumbered.
  const held = new Set(
    [...cars.values()].flatMap((r) => (r.status === 'classified' ? [r.position] : [])),
  )
  const last = Math.max(0, ...held)
  const vacant = Array.from({ length: last }, (_, i) => i + 1).filter((p) => !held.has(p))
  return {
    format: 'pitboard-results/1',
    race: id,
    status: 'official',
    rows: rowsOut,
    ...(vacant.length > 0 ? { vacant } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  }
}

/**
 * A shared car of 1950–57: its points split equally between its drivers unless the season
 * declares otherwise (rules.json `shares`), and its fastest lap credited to the driver who set
 * it (docs/scoring-rules.md#drivers-championships).
 */
function shareOut(row: ResultRow, facts: RaceFacts): ResultRow {
  if (facts.sharedCarsSplit !== true || row.drivers.length < 2) return row
  const declared = facts.shares?.get(row.drivers.join('+'))
  const shares = declared ?? row.drivers.map(() => 1 / row.drivers.length)
  const by = row.fastestLap === true ? facts.fastestLapDriver : undefined
  return {
    ...row,
    shares,
    ...(by !== undefined && row.drivers.includes(by) ? { fastestLapBy: by } : {}),
  }
}
