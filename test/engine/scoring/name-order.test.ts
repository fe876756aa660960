import { expect, test } from 'vitest'
import { compareNames } from '../../../src/engine/scoring/name-order.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { filesOf, makeSeason, order, results, tableOf } from '../../fixtures/build.ts'
import { runInLocale } from '../../fixtures/run-in-locale.ts'

const NAMES = ['Zanardi', 'Östberg', 'van der Linde', 'Vandoorne', 'Ögren']
const ENGLISH = ['Ögren', 'Östberg', 'van der Linde', 'Vandoorne', 'Zanardi']

test('names in English alphabetical order: accents read as their letter, case after the letter', () => {
  expect(NAMES.toSorted(compareNames)).toEqual(ENGLISH)
})

test("bug: entries level on everything were listed in the host's language — a Swedish machine put Zanardi before Östberg", () => {
  // The same order in a process whose language is Swedish, where the host's own order differs
  // (Swedish puts Ö after Z): the proof that the host's language is in play in this process.
  const script = `
    import { compareNames } from './src/engine/scoring/name-order.ts'
    const names = ${JSON.stringify(NAMES)}
    console.log(JSON.stringify({
      engine: names.toSorted(compareNames),
      host: names.toSorted((a, b) => a.localeCompare(b)),
    }))`
  const text = runInLocale('sv_SE.UTF-8', script)
  const { engine, host } = JSON.parse(text) as { engine: Array<string>; host: Array<string> }
  expect(host).toEqual(['van der Linde', 'Vandoorne', 'Zanardi', 'Ögren', 'Östberg'])
  expect(engine).toEqual(ENGLISH)
})

test('the standings list entries level on everything by English name order, not code points', () => {
  // A win and a third each: level on everything. Code points put "Z" before "Ö".
  const drivers = makeSeason().drivers.map((d) =>
    d.id === 'd3' ? { ...d, name: 'Zanardi' } : d.id === 'd9' ? { ...d, name: 'Östberg' } : d,
  )
  const season = makeSeason({
    scoring: { race: { points: [10, 6, 4], awardBy: 'overall' } },
    championships: [{ id: 'all', name: 'All', kind: 'drivers' }],
    drivers,
  })
  const files = filesOf(
    results('r01', order(['3:d3', '5:d5', '9:d9'])),
    results('r02', order(['9:d9', '5:d5', '3:d3'])),
  )
  const rows = tableOf(computeSeasonStandings(season, files), 'all', 1)
  expect(rows.map((r) => [r.name, r.points, r.position])).toEqual([
    ['Östberg', 14, 1],
    ['Zanardi', 14, 1],
    ['Driver 05', 12, 3],
  ])
})
