import { expect, test } from 'vitest'
import type { EntryRace } from '../../src/engine/scoring/entry-race.ts'
import { cardFootnote, provenanceMark, shownProvenance } from '../../src/model/provenance-words.ts'
import type { SeasonProvenance } from '../../src/model/provenance.ts'

// Reconstructed data in words (docs/dashboard.md#reconstructed-data), on hand-made provenance.
const raced = (...indexes: ReadonlyArray<number>) =>
  indexes.map((raceIndex) => ({ raceIndex }) as unknown as EntryRace)

const provenance = (over: Partial<SeasonProvenance>): SeasonProvenance => ({
  filledIn: new Map(),
  placeholders: new Set(),
  given: new Map(),
  ...over,
})

test('the marks: a placeholder driver or entrant, a reconstructed result', () => {
  expect(provenanceMark('placeholder')).toEqual({
    word: 'placeholder',
    label: 'placeholder: driver not published',
  })
  expect(provenanceMark('placeholder', true).label).toBe(
    'placeholder: entrant’s name not published',
  )
  expect(provenanceMark('reconstructed')).toEqual({
    word: 'reconstructed',
    label: 'reconstructed, not official',
  })
})

test('some filled in: counted, each marked, the races in calendar order', () => {
  const p = provenance({
    filledIn: new Map([
      [3, new Set(['a'])],
      [1, new Set(['a', 'b'])],
    ]),
  })
  const shown = shownProvenance(p, [
    { id: 'a', races: raced(3, 1, 0) },
    { id: 'b', races: raced(1, 2) },
  ])
  expect(shown).toEqual({
    note: 'Reconstructed results, not official: 3 of the 5 results counted here were filled in, marked †; 2 are published.',
    markEach: true,
    races: [1, 3],
    filledIn: 3,
    results: 5,
    placeholders: 0,
  })
  const one = shownProvenance(p, [{ id: 'a', races: raced(3, 0) }])
  expect(one.note).toBe(
    'Reconstructed results, not official: 1 of the 2 results counted here was filled in, marked †; 1 is published.',
  )
})

test('all filled in: said once, no marks; nothing filled in and no one unnamed: no note', () => {
  const p = provenance({
    filledIn: new Map([
      [0, new Set(['a'])],
      [1, new Set(['a'])],
    ]),
  })
  expect(shownProvenance(p, [{ id: 'a', races: raced(0, 1) }])).toMatchObject({
    note: 'Reconstructed results, not official: all 2 results counted here were filled in.',
    markEach: false,
  })
  expect(shownProvenance(p, [{ id: 'a', races: raced(0) }]).note).toBe(
    'Reconstructed results, not official: the one result counted here was filled in.',
  )
  expect(shownProvenance(p, [{ id: 'b', races: raced(0, 1) }])).toMatchObject({
    note: null,
    markEach: false,
    races: [],
  })
})

test('placeholders and given points are said after the fill-ins, races next to each other as a span', () => {
  const p = provenance({
    placeholders: new Set(['x', 'y']),
    given: new Map([
      [0, 'R1'],
      [1, 'R2'],
      [2, 'R3'],
      [5, 'R6'],
    ]),
  })
  const entries = [
    { id: 'x', races: raced(0, 1, 2, 5) },
    { id: 'y', races: raced(0) },
    { id: 'z', races: raced(4) },
  ]
  expect(shownProvenance(p, entries).note).toBe(
    'Placeholder: 2 entries whose drivers were not published. R1–R3, R6: the points of the official points sheet, not finishing orders.',
  )
  expect(shownProvenance(p, entries.slice(1), true).note).toBe(
    'Placeholder: an entrant whose name was not published. R1: the points of the official points sheet, not a finishing order.',
  )
  expect(shownProvenance(p, [{ id: 'y', races: raced(5, 2) }], true).note).toBe(
    'Placeholder: an entrant whose name was not published. R3, R6: the points of the official points sheet, not finishing orders.',
  )
  expect(shownProvenance(p, [...entries.slice(0, 2)], true).placeholders).toBe(2)
})

test('a card’s footnote: reconstructed, placeholders, both, or none', () => {
  expect(cardFootnote(false, 0)).toBeNull()
  expect(cardFootnote(true, 0)).toBe(
    'Reconstructed results, not official: places no source gives are fill-ins.',
  )
  expect(cardFootnote(false, 1)).toBe('Placeholder: an entry whose driver was not published.')
  expect(cardFootnote(true, 3)).toBe(
    'Reconstructed results, not official: places no source gives are fill-ins. Placeholder: 3 entries whose drivers were not published.',
  )
})
