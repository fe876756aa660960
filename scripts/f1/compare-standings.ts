import type { SeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { standingsAt, type StandingRow } from '../../src/engine/scoring/standings.ts'
import type { F1dbSeason, F1dbStanding } from './f1db.ts'
import type { SeasonTeams } from './f1-engines.ts'

/** One standings checkpoint of F1DB (a championship after a Grand Prix) against the engine's. */
export interface Checkpoint {
  readonly year: number
  readonly afterRace: string
  readonly championship: 'drivers' | 'constructors'
  /** Every entry's points equal F1DB's (entries F1DB does not list: 0). */
  readonly points: boolean
  /** Every pair F1DB orders, the engine orders the same way or declares a full tie. */
  readonly order: boolean
  /** What differs, in words (empty when both hold). */
  readonly differences: ReadonlyArray<string>
}

/**
 * The engine's standings after every Grand Prix of a season against F1DB's official ones
 * (data-src/f1db/), drivers and constructors. A sprint is not a checkpoint of its own: F1DB
 * gives the standings after the weekend.
 */
export function compareWithF1db(
  source: F1dbSeason,
  standings: SeasonStandings,
  teams: Pick<SeasonTeams, 'standingOf'>,
): Array<Checkpoint> {
  const idOf = (s: F1dbStanding) =>
    s.driverId ?? teams.standingOf(s.constructorId ?? '', s.engineManufacturerId)
  const checkpoints: Array<Checkpoint> = []
  for (const race of source.races) {
    const afterRace = `r${String(race.round).padStart(2, '0')}`
    const step = standings.scored.findIndex((s) => s.race.race.id === afterRace)
    for (const [championship, listed] of [
      ['drivers', race.driverStandings],
      ['constructors', race.constructorStandings],
    ] as const) {
      const progression = standings.championships.find((c) => c.championship.id === championship)
      if (progression === undefined) {
        if (listed.length > 0)
          checkpoints.push({
            year: source.year,
            afterRace,
            championship,
            points: false,
            order: false,
            differences: [`no ${championship} championship, F1DB lists ${listed.length}`],
          })
        continue
      }
      const rows = step < 0 ? [] : standingsAt(progression, step)
      checkpoints.push({
        year: source.year,
        afterRace,
        championship,
        ...compare(rows, listed, idOf),
      })
    }
  }
  return checkpoints
}

function compare(
  rows: ReadonlyArray<StandingRow>,
  listed: ReadonlyArray<F1dbStanding>,
  idOf: (s: F1dbStanding) => string,
): Pick<Checkpoint, 'points' | 'order' | 'differences'> {
  const differences: Array<string> = []
  const ours = new Map(rows.map((row) => [row.id, row]))
  // An excluded entry ("EX") must not be in the table at all.
  for (const s of listed.filter((s) => s.position === 'EX'))
    if (ours.has(idOf(s))) differences.push(`${idOf(s)}: ranked, F1DB has it excluded`)
  const ranked = listed.flatMap((s) =>
    typeof s.position === 'number' ? [{ ...s, position: s.position }] : [],
  )
  const expected = new Map(listed.map((s) => [idOf(s), s]))
  for (const s of ranked) {
    const row = ours.get(idOf(s))
    // F1DB keeps two decimals (1954: 28.14 for 28 1/7).
    if (row === undefined || Math.round(row.points * 100) / 100 !== s.points)
      differences.push(`${idOf(s)}: ${row?.points ?? 'absent'} points, F1DB ${s.points}`)
  }
  for (const row of rows)
    if (!expected.has(row.id) && row.points !== 0)
      differences.push(`${row.id}: ${row.points} points, F1DB does not list it`)
  const points = differences.length === 0
  const ordered = ranked.toSorted((a, b) => a.position - b.position)
  let order = true
  for (let i = 1; i < ordered.length; i += 1) {
    const above = ordered[i - 1]
    const below = ordered[i]
    if (above === undefined || below === undefined || above.position === below.position) continue
    const a = ours.get(idOf(above))
    const b = ours.get(idOf(below))
    if (a === undefined || b === undefined) continue
    // The engine declares them level on everything: F1DB may list them either way.
    if (a.position === b.position) continue
    if (a.position > b.position) {
      order = false
      differences.push(`${idOf(below)} ahead of ${idOf(above)}; F1DB has them the other way`)
    }
  }
  return { points, order, differences }
}
