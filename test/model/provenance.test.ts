import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../src/engine/season-standings.ts'
import { standingsAt } from '../../src/engine/standings.ts'
import type { RaceFile, Season } from '../../src/engine/types.ts'
import { boothBoard } from '../../src/model/booth-board.ts'
import {
  entryProvenance,
  isPlaceholderName,
  resultProvenance,
  rowProvenance,
  seasonProvenance,
  shownName,
} from '../../src/model/provenance.ts'
import { shownProvenance } from '../../src/model/provenance-words.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { championship, shippedFiles, stepAfter } from '../fixtures/shipped-season.ts'

/*
 * Reconstructed means marked (issue 24 #5): which results and entries are reconstructed or
 * placeholders is read from the data — each result file's `source.kind`, each name's "(driver
 * not published)" — never from a list. The Carrera Cup seasons' places are mostly the solver's:
 * these tests pin published numbers and the marks, never a filled-in place or total.
 */
const ccna2024 = await shippedFiles('ccna/2024')
const f1 = await shippedFiles('f1/2016')

function proAmAfterR02(files: ReadonlyMap<string, RaceFile> = ccna2024.files) {
  const standings = computeSeasonStandings(ccna2024.season, files)
  const rows = standingsAt(championship(standings, 'pro-am'), stepAfter(standings, 'r02'))
  return { rows, calendar: standings.calendar, p: seasonProvenance(ccna2024.season, files) }
}

test('2024 Pro-Am after race 2: the placeholder entry is marked, every other row reconstructed', () => {
  const { rows, calendar, p } = proAmAfterR02()
  const row = (id: string) => rows.find((r) => r.id === id)
  // Published: "Cirone leads Sofronas 40-33" after Sebring (public/data/ccna/README.md).
  expect(rows[0]).toMatchObject({ id: 'marco-cirone', points: 40 })
  expect(row('james-sofronas')?.points).toBe(33)
  // Pro-Am entry A is in the table with a win (where it stands is the solver's): a placeholder.
  const entryA = row('pro-am-entry-a')
  expect(entryA?.stats.wins).toBeGreaterThan(0)
  expect(rowProvenance(p, entryA!)).toBe('placeholder')
  expect(shownName(entryA!.name)).toBe('Pro-Am entry A')
  // Both Sebring files say `source.kind: "reconstructed"`: named drivers' rows rest on them.
  expect(rowProvenance(p, row('marco-cirone')!)).toBe('reconstructed')
  expect(resultProvenance(p, 'marco-cirone', 0)).toBe('reconstructed')
  expect(resultProvenance(p, 'pro-am-entry-a', 1)).toBe('placeholder')
  // Every row whose name says "(driver not published)" is marked, and no other.
  for (const r of rows)
    expect(rowProvenance(p, r) === 'placeholder').toBe(r.name.endsWith('(driver not published)'))
  const placeholders = rows.filter((r) => rowProvenance(p, r) === 'placeholder').length
  expect(shownProvenance(p, calendar, rows)).toEqual({
    note: `Reconstructed results, not official: every race counted here. Placeholder: ${placeholders} entries whose drivers were not published.`,
    markEach: false,
    races: [0, 1],
    placeholders,
  })
})

test('an official season: nothing reconstructed, nobody a placeholder, nothing said', () => {
  const standings = computeSeasonStandings(f1.season, f1.files)
  const rows = standingsAt(championship(standings, 'drivers'), standings.scored.length - 1)
  const p = seasonProvenance(f1.season, f1.files)
  expect(p.reconstructed.size).toBe(0)
  expect(p.placeholders.size).toBe(0)
  expect(rows.every((row) => rowProvenance(p, row) === 'published')).toBe(true)
  expect(shownProvenance(p, standings.calendar, rows).note).toBeNull()
})

test('read from each file: with race 2 official, only race 1 is reconstructed, and each one is marked', () => {
  const files = new Map(ccna2024.files)
  const r02 = files.get('r02')
  if (r02?.kind !== 'results') throw new Error('no r02')
  files.set('r02', { kind: 'results', results: { ...r02.results, source: { kind: 'official' } } })
  const { rows, calendar, p } = proAmAfterR02(files)
  expect([...p.reconstructed]).not.toContain(1)
  expect(resultProvenance(p, 'marco-cirone', 1)).toBe('published')
  expect(resultProvenance(p, 'marco-cirone', 0)).toBe('reconstructed')
  const shown = shownProvenance(p, calendar, rows)
  expect(shown.markEach).toBe(true)
  expect(shown.note).toMatch(/^Reconstructed results, not official: race 1, marked †\. /)
})

test('placeholders come from the names, not from a list: rename one and it is a driver', () => {
  const rename = (season: Season, id: string, name: string): Season => ({
    ...season,
    drivers: season.drivers.map((d) => (d.id === id ? { ...d, name } : d)),
  })
  const named = rename(ccna2024.season, 'pro-am-entry-a', 'Jane Doe')
  expect(entryProvenance(seasonProvenance(named, ccna2024.files), 'pro-am-entry-a')).toBe(
    'published',
  )
  const unnamed = rename(ccna2024.season, 'marco-cirone', 'Pro-Am car #84 (driver not published)')
  expect(entryProvenance(seasonProvenance(unnamed, ccna2024.files), 'marco-cirone')).toBe(
    'placeholder',
  )
  // Entrants the series did not name are placeholders too.
  expect(isPlaceholderName('Entrant of Pro-Am car #91 (name not published)')).toBe(true)
  expect(seasonProvenance(ccna2024.season, ccna2024.files).placeholders).toContain('team-car-91')
  expect(isPlaceholderName('Kyle Washington')).toBe(false)
})

test('the booth board says RECONSTRUCTED and marks the placeholder, its name without the note', () => {
  const model = buildSeasonModel(ccna2024)
  const step = stepAfter(model.standings, 'r02')
  const board = boothBoard(model, 'pro-am', step, {
    pair: ['marco-cirone', 'pro-am-entry-a'],
    top: 5,
  })!
  expect(board.reconstructed).toBe('RECONSTRUCTED')
  expect(board.leader).toMatchObject({ name: 'Marco Cirone', placeholder: false })
  if (board.battle.kind !== 'pair') throw new Error('a picked pair')
  expect(board.battle.behind).toMatchObject({ name: 'Pro-Am entry A', placeholder: true })
  const official = buildSeasonModel(f1)
  expect(boothBoard(official, 'drivers', 0, { pair: [], top: 5 })?.reconstructed).toBeNull()
})
