import { expect, test } from 'vitest'
import { readFromDisk } from '../../src/data/disk-reader.ts'
import { formatFault } from '../../src/data/fault.ts'
import type { ReadText } from '../../src/data/read-text.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import { finished, makeSeason, results, rounds } from '../fixtures/build.ts'
import { memoryReader } from '../fixtures/memory-reader.ts'

const folder = 'public/data/ccna/2023'

/** The shipped 2023 season with race 1's winner, Riley Dickinson, listed twice in his car. */
const doubled: ReadText = async (location) => {
  const read = await readFromDisk(location)
  if (location !== `${folder}/results/r01.json` || read.kind !== 'text') return read
  const file = JSON.parse(read.text) as { rows: Array<{ drivers: Array<string> }> }
  file.rows[0]!.drivers = ['riley-dickinson', 'riley-dickinson']
  return { kind: 'text', text: JSON.stringify(file) }
}

const proPoints = async (readText: ReadText, driver: string) => {
  const check = await validateSeason(folder, readText)
  const standings = computeSeasonStandings(check.season!, check.files)
  const pro = standings.championships.find((c) => c.championship.id === 'pro')!
  const row = standingsAt(pro, pro.steps.length - 1).find((r) => r.id === driver)
  return { faults: check.faults.map(formatFault), points: row?.points }
}

test('same driver twice in one car scores twice (issue 22 #5): refused with the path, never counted twice', async () => {
  // His season total is reconstructed (the solver's, not published): taken from the shipped files.
  const shipped = await proPoints(readFromDisk, 'riley-dickinson')
  expect(shipped.faults).toEqual([])
  const got = await proPoints(doubled, 'riley-dickinson')
  expect(got.faults).toEqual([
    'results/r01.json: rows[0].drivers[1]: "riley-dickinson" is also drivers[0] of this car: a driver scores once per car',
  ])
  // Race 1 is left out (and named in the standings), never counted twice: his total less the
  // 28 of race 1 (the win from pole with the fastest lap, published), not plus 28.
  expect(got.points).toBe((shipped.points ?? 0) - 28)
})

test('same driver twice in one car scores twice (issue 22 #5): ids that read as one are refused too', async () => {
  const season = makeSeason({
    drivers: [...makeSeason().drivers, { id: 'D1', name: 'Someone Else' }],
    rounds: rounds(1),
  })
  const row = finished(1, { car: '1', drivers: ['d1', 'D1', 'd2', 'd\u200b2'] })
  const check = await validateSeason(
    'f',
    memoryReader('f', { 'season.json': season, 'results/r01.json': results('r01', [row]) }),
  )
  expect(check.faults.map(formatFault)).toEqual([
    'results/r01.json: rows[0].drivers[3]: "d\\u200b2" is not a driver of this season',
    'results/r01.json: rows[0].drivers[1]: "D1" reads as "d1", drivers[0] of this car: a driver scores once per car',
    'results/r01.json: rows[0].drivers[3]: "d\\u200b2" reads as "d2", drivers[2] of this car: a driver scores once per car',
  ])
  // Two drivers sharing a car are fine.
  const shared = finished(1, { car: '1', drivers: ['d1', 'd2'] })
  const fine = await validateSeason(
    'f',
    memoryReader('f', { 'season.json': season, 'results/r01.json': results('r01', [shared]) }),
  )
  expect(fine.faults).toEqual([])
})
