import type { RaceResults, Season } from '../../src/engine/types.ts'
import type { OfficialSheet } from '../../src/import/alkamel-points.ts'
import { normalName } from '../../src/import/name-match.ts'
import type { SheetScale } from '../../src/import/sheet-given.ts'

// The 2026 Mustang Challenge as data (public/data/mustang/README.md): what the official files say,
// nothing typed in that they do not.

export const GIVEN_NOTE =
  'Points from the official DH standings after round 6 (IMSA / Al Kamel Systems)'

/** #17 Jim Farley drove Mid-Ohio as a guest: no championship entry (public/data/mustang/README.md). */
const GUESTS: ReadonlyArray<string> = ['Jim Farley']

/** "06-06-2026 01:55" (DD-MM-YYYY, the race files' session_date) → "2026-06-06". */
export function raceDateOf(text: string): string {
  const match = /"session_date"\s*:\s*"(\d{2})[-/](\d{2})[-/](\d{4})/.exec(text)
  if (match === null) throw new Error('a race file without session_date')
  return `${match[3]}-${match[2]}-${match[1]}`
}

/**
 * The season before any result: DH and DHL, one round per race as the sheet numbers its sessions
 * (Sebring rounds 1–2 … COTA 11–12), the drivers the sheet names, the scale and bonuses the sheet
 * pays, the DH championship and the DHL one over the races we have results of (rounds 5–6).
 * Only Mid-Ohio's dates are in the files: every other date is not known (null).
 */
export function baseSeason(
  sheet: OfficialSheet,
  scale: SheetScale,
  midOhio: readonly [string, string],
): Season {
  const drivers = sheet.entries
    .filter((entry) => !GUESTS.includes(entry.name))
    .map((entry) => ({ id: normalName(entry.name).replaceAll(' ', '-'), name: entry.name }))
  return {
    format: 'pitboard-season/1',
    series: { id: 'mustang', name: 'Ford Mustang Challenge North America' },
    season: 2026,
    classes: [
      { id: 'dh', name: 'DH' },
      { id: 'dhl', name: 'DHL' },
    ],
    drivers,
    teams: [{ id: 'not-in-sheet', name: 'Team not in the official sheet' }],
    rounds: sheet.sessions.map((session) => {
      const id = `r${String(session.index).padStart(2, '0')}`
      const date = session.index === 5 ? midOhio[0] : session.index === 6 ? midOhio[1] : null
      return {
        round: session.index,
        // Each of the series' rounds is one race: a round is named by its event, as a Grand
        // Prix is by its country ("round 7, Watkins Glen"), never "round 7, Watkins Glen Round 7".
        name: eventName(session.event ?? session.name),
        races: [
          { id, name: `Race ${session.index}`, type: 'race', date, results: `results/${id}.json` },
        ],
      }
    }),
    scoring: {
      race: {
        points: scale.points,
        awardBy: 'class',
        bonuses: {
          ...(scale.pole === null ? {} : { pole: scale.pole }),
          ...(scale.fastestLap === null ? {} : { fastestLap: scale.fastestLap }),
        },
      },
    },
    championships: [
      { id: 'dh', name: 'DH', kind: 'drivers', classes: ['dh'] },
      {
        id: 'dhl',
        name: 'DHL (rounds 5–6 only)',
        kind: 'drivers',
        classes: ['dhl'],
        races: ['r05', 'r06'],
      },
    ],
  }
}

/**
 * A race file as shipped: official (the IMSA / Al Kamel classification), the guests' rows marked
 * `guest: true` (docs/data-format.md#a-guest) and why, in the race's notes.
 */
export function asShipped(results: RaceResults, season: Season, note: string): RaceResults {
  const guests = new Set(
    season.drivers.filter((d) => GUESTS.includes(d.name)).map((driver) => driver.id),
  )
  return {
    ...results,
    source: { kind: 'official', note },
    notes: [
      ...(results.notes ?? []),
      `Car #17 Jim Farley: a guest, not a championship entry (the official DH standings after round 6 give him 0 points in every round while he finished in the DH points places): the next DH car takes his place's points`,
    ],
    rows: results.rows.map((row) =>
      row.drivers.some((d) => guests.has(d)) ? { ...row, guest: true } : row,
    ),
  }
}

/** The sheet's event names, spelled out where it uses a code fans do not (its "WRLS"). */
const EVENT_NAMES: Readonly<Record<string, string>> = { WRLS: 'Laguna Seca' }

function eventName(event: string): string {
  return EVENT_NAMES[event] ?? event
}
