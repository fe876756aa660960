import type { RaceResults, ResultRow, RowStatus, Season } from '../../src/engine/types.ts'

/**
 * Result files written back as the Al Kamel CSV exports a timing provider drops into its folder
 * (docs/importing.md: the IMSA layout, BOM, `;` with a trailing `;`), for the live demo and the
 * tests of `pitboard watch`. `parseAlKamelResults` + `toRaceResults` read them back to the same
 * classification: order, statuses, fastest laps, and with the qualifying sheet the poles.
 */
type Names = Pick<Season, 'drivers' | 'teams' | 'classes'>

const RACE_COLUMNS = [
  'POSITION',
  'NUMBER',
  'STATUS',
  'LAPS',
  'TOTAL_TIME',
  'GAP_FIRST',
  'GAP_PREVIOUS',
  'FL_LAPNUM',
  'FL_TIME',
  'FL_KPH',
  'TEAM',
  'CLASS',
  'GROUP',
  'DIVISION',
  'VEHICLE',
  'TIRES',
]
const QUALIFYING_COLUMNS = [
  'POS',
  'NUMBER',
  'LAP',
  'TIME',
  'GAP_FIRST',
  'KPH',
  'LAPS',
  'TEAM',
  'CLASS',
]
const DRIVER_FIELDS = ['FIRSTNAME', 'SECONDNAME', 'LICENSE', 'HOMETOWN', 'COUNTRY']

// The words the importer reads back as each status (src/import/to-race-results.ts).
const STATUS_WORDS: Readonly<Record<RowStatus, string>> = {
  classified: 'Classified',
  dnf: 'Retired',
  dsq: 'Disqualified',
  nc: 'Not classified',
  dns: 'Not started',
}
/** A classified car's laps when the result does not say (every finisher on the lead lap). */
const RACE_LAPS = 30
/** The best lap of the car with the fastest lap when the result gives no lap times. */
const FASTEST_LAP = '1:59.999'

function cell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

function sheet(columns: ReadonlyArray<string>, lines: ReadonlyArray<ReadonlyMap<string, string>>) {
  const line = (values: ReadonlyArray<string>) => `${values.map(cell).join(';')};`
  return `\uFEFF${[line(columns), ...lines.map((l) => line(columns.map((c) => l.get(c) ?? '')))].join('\r\n')}\r\n`
}

function lapTime(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${(seconds % 60).toFixed(3).padStart(6, '0')}`
}

/** Classified cars by position, then the others as the file lists them. */
function inOrder(results: RaceResults): ReadonlyArray<ResultRow> {
  return [
    ...results.rows
      .filter((row) => row.status === 'classified')
      .toSorted((a, b) => (a.position ?? 0) - (b.position ?? 0)),
    ...results.rows.filter((row) => row.status !== 'classified'),
  ]
}

function carCells(row: ResultRow, season: Names): Map<string, string> {
  const team = season.teams.find((t) => t.id === row.team)?.name ?? row.team
  const cls = season.classes.find((c) => c.id === row.class)?.name ?? row.class
  const cells = new Map([
    ['NUMBER', row.car],
    ['TEAM', team],
    ['CLASS', cls],
  ])
  row.drivers.forEach((id, i) => {
    const driver = season.drivers.find((d) => d.id === id)
    const [first = '', ...last] = (driver?.name ?? id).split(' ')
    cells.set(`DRIVER${i + 1}_FIRSTNAME`, first)
    cells.set(`DRIVER${i + 1}_SECONDNAME`, last.join(' '))
    cells.set(`DRIVER${i + 1}_COUNTRY`, driver?.country ?? '')
  })
  return cells
}

/**
 * The race results sheet: every car with its overall place (retired, disqualified and
 * unclassified cars after the classified ones, non-starters with none), its status in the
 * provider's words, its laps (RACE_LAPS for a classified car when the result does not say) and its
 * best lap — as given, else FASTEST_LAP for the car with the fastest lap and nothing for the rest.
 * A car classified on fewer than 70 % of its class winner's laps is read back as retired.
 */
export function alKamelRaceCsv(results: RaceResults, season: Names): string {
  const seats = Math.max(1, ...results.rows.map((row) => row.drivers.length))
  const columns = [
    ...RACE_COLUMNS,
    ...Array.from({ length: seats }, (_, i) =>
      DRIVER_FIELDS.map((f) => `DRIVER${i + 1}_${f}`),
    ).flat(),
  ]
  const leaderLaps = Math.max(0, ...results.rows.map((row) => row.laps ?? 0)) || RACE_LAPS
  let place = 0
  const lines = inOrder(results).map((row) => {
    const cells = carCells(row, season)
    if (row.status !== 'dns') cells.set('POSITION', String((place += 1)))
    cells.set('STATUS', STATUS_WORDS[row.status])
    const laps = row.laps ?? (row.status === 'classified' ? leaderLaps : null)
    cells.set('LAPS', laps === null ? '' : String(laps))
    cells.set('TOTAL_TIME', row.time ?? '')
    cells.set('FL_TIME', row.bestLap ?? (row.fastestLap === true ? FASTEST_LAP : ''))
    return cells
  })
  return sheet(columns, lines)
}

/**
 * The qualifying sheet the poles are read from: each class's pole car first in its class, with
 * the quickest time; the cars of a class with no pole have no place, so none is read into it.
 */
export function alKamelQualifyingCsv(results: RaceResults, season: Names): string {
  const poleClasses = new Set(results.rows.flatMap((row) => (row.pole === true ? [row.class] : [])))
  const rows = [
    ...results.rows.filter((row) => row.pole === true),
    ...inOrder(results).filter((row) => row.pole !== true),
  ]
  let place = 0
  const lines = rows.map((row) => {
    const cells = carCells(row, season)
    if (poleClasses.has(row.class)) {
      place += 1
      cells.set('POS', String(place))
      cells.set('TIME', lapTime(115 + place / 10))
    }
    return cells
  })
  return sheet(
    [...QUALIFYING_COLUMNS, 'DRIVER1_FIRSTNAME', 'DRIVER1_SECONDNAME', 'DRIVER1_COUNTRY'],
    lines,
  )
}
