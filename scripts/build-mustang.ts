/**
 * `npm run data:mustang`: the 2026 Mustang Challenge through Mid-Ohio (round 6) into
 * public/data/mustang/2026/ from the official files in data-src/alkamel/mustang-2026-mid-ohio/
 * only (public/data/mustang/README.md): rounds 1–4 as the points the official DH sheet gives,
 * rounds 5–6 scored from the race files (poles from qualifying), the points scale and bonuses
 * read off the sheet. Deterministic: the same files always give the same output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeSeasonManifest } from '../src/cli/season-manifest.ts'
import type { RaceResults, Season } from '../src/engine/types.ts'
import { parsePointsSheet } from '../src/import/alkamel-points.ts'
import { convertAlKamel } from '../src/import/convert-alkamel.ts'
import { sheetScale, sheetToGivenResults } from '../src/import/sheet-given.ts'
import { baseSeason, GIVEN_NOTE, asShipped, raceDateOf } from './mustang/mustang-season.ts'

const source = join('data-src', 'alkamel', 'mustang-2026-mid-ohio')
const out = join('public', 'data', 'mustang', '2026')
const read = (name: string) => ({ file: name, text: readFileSync(join(source, name), 'utf8') })
const fail = (errors: ReadonlyArray<string>): never => {
  for (const error of errors) console.error(error)
  process.exit(1)
}

const sheetFile = read('points-after-mid-ohio-2026-dh-drivers.json')
const parsed = parsePointsSheet(sheetFile.text, sheetFile.file)
if (!parsed.ok) fail(parsed.errors)
const sheet = parsed.ok ? parsed.value : fail([])
const scale = sheetScale(sheet)
if (!scale.ok) fail(scale.errors)
let season: Season = baseSeason(sheet, scale.ok ? scale.value : fail([]), [
  raceDateOf(read('mid-ohio-2026-race-1.json').text),
  raceDateOf(read('mid-ohio-2026-race-2.json').text),
])

// Rounds 5 and 6 from the race files; new drivers and teams added as the importer names them.
const scored: Array<RaceResults> = []
for (const [id, name] of [
  ['r05', 'mid-ohio-2026-race-1.json'],
  ['r06', 'mid-ohio-2026-race-2.json'],
] as const) {
  const race = season.rounds.flatMap((r) => r.races).find((r) => r.id === id)
  if (race === undefined) fail([`no race ${id}`])
  const converted =
    race &&
    convertAlKamel(season, race, read(name), read('mid-ohio-2026-qualifying.json'), {
      note: `Official results (IMSA / Al Kamel Systems), ${name}`,
      // The file's "Classified" stands: IMSA scores every car the file classifies by its order
      // (the sheet gives #21 Harrison, 10 of 30 laps in race 2, the 220 of 9th).
      minLapsShare: 0,
    })
  if (converted === undefined || !converted.ok)
    fail(converted?.ok === false ? converted.errors : [])
  else if (converted.value.faults.length > 0) fail(converted.value.faults)
  else {
    season = converted.value.extended
    scored.push(
      asShipped(
        converted.value.results,
        season,
        `Official results (IMSA / Al Kamel Systems), ${name}`,
      ),
    )
  }
}

// Rounds 1–4 from the sheet: the points it gives, at the place they stand for on its scale.
const given = sheetToGivenResults(
  sheet,
  season,
  [1, 2, 3, 4].map((session) => ({ session, race: `r0${session}` })),
  { class: 'dh', team: 'not-in-sheet', note: GIVEN_NOTE },
)
if (!given.ok) fail(given.errors)
const files = [...(given.ok ? given.value : []), ...scored]

mkdirSync(join(out, 'results'), { recursive: true })
writeFileSync(join(out, 'season.json'), JSON.stringify(season, null, 2) + '\n')
for (const file of files)
  writeFileSync(join(out, 'results', `${file.race}.json`), JSON.stringify(file, null, 2) + '\n')
// The sheet's own creation time: the same files always give the same manifest.
writeSeasonManifest(out, new Date('2026-06-12T11:06:35Z'))
console.log(`mustang 2026: ${files.length} result files written to ${out}`)
