import { expect, test } from 'vitest'
import type { RaceFile, RaceResults } from '../../src/engine/types.ts'
import { toStandingsDocument } from '../../src/export/standings-document.ts'
import { TEXT_CONTENTS, toStandingsText } from '../../src/export/standings-text.ts'
import { boothBoard } from '../../src/model/booth-board.ts'
import { cardContent } from '../../src/model/card-content.ts'
import { boothLines } from '../../src/model/booth-lines.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { applyWhatIf } from '../../src/model/what-if.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

/*
 * The 2023 Carrera Cup weekend at Indianapolis (race 11) as a commentator lives it: races 12–16
 * not run yet, race 11 live, then provisional, then official. Published: after race 10 Dickinson
 * led Sargent by 103 with 7 wins; after race 11 by 119 with 8 (docs/scoring-rules.md).
 */
const { season, files } = await shippedFiles('ccna/2023')
const official = files.get('r11')
if (official?.kind !== 'results') throw new Error('r11 must be shipped')
const later = ['r12', 'r13', 'r14', 'r15', 'r16']
const weekend = (r11: RaceResults): Map<string, RaceFile> =>
  new Map([
    ...[...files].filter(([id]) => !later.includes(id) && id !== 'r11'),
    ['r11', { kind: 'results', results: r11 }],
  ])
const liveModel = buildSeasonModel({
  season,
  files: weekend({ ...official.results, status: 'live' }),
})
const provisionalModel = buildSeasonModel({
  season,
  files: weekend({ ...official.results, status: 'provisional' }),
})
const last = (model: typeof liveModel) => model.standings.scored.length - 1

test('bug: the booth read out a running race as a result ("won 8 of 11" with race 11 live)', () => {
  const lines = boothLines(liveModel, 'pro', last(liveModel), null)
  expect(lines[0]).toEqual({
    kind: 'projection',
    word: 'LIVE',
    text: 'If race 11 finished now, Dickinson would lead Sargent by 119, 16 more than before the race.',
  })
  expect(lines[1]).toEqual({
    kind: 'fact',
    word: null,
    text: 'Dickinson has won 7 of 10 Pro races and leads Sargent by 103.',
  })
  expect(lines.map((line) => line.text).join(' ')).not.toMatch(/of 11|in 11 starts/)
})

test('a provisional result is read out as provisional, and counts as finished', () => {
  const lines = boothLines(provisionalModel, 'pro', last(provisionalModel), null)
  expect(lines[0]).toEqual({
    kind: 'fact',
    word: 'PROVISIONAL',
    text: 'Provisionally (race 11 not yet official), Dickinson has won 8 of 11 Pro races and leads Sargent by 119.',
  })
  expect(
    lines.every((line) => line.text.startsWith('Provisionally (race 11 not yet official), ')),
  ).toBe(true)
})

test('every step says what it counts: live, provisional, official; in one sentence', () => {
  expect(liveModel.statusAt(last(liveModel))).toEqual({ kind: 'live', races: ['r11'] })
  expect(liveModel.statusNote(last(liveModel))).toBe(
    'LIVE: race 11 is still running; as it stands, not a result.',
  )
  expect(liveModel.statusAt(last(liveModel) - 1)).toEqual({ kind: 'official' })
  expect(provisionalModel.statusAt(last(provisionalModel))).toEqual({
    kind: 'provisional',
    races: ['r11'],
  })
  expect(provisionalModel.statusNote(last(provisionalModel))).toBe(
    'PROVISIONAL: race 11 is not yet official.',
  )
  const whatIf = buildSeasonModel(
    {
      season,
      files: weekend(official.results),
      imagined: [
        { by: 'entry', race: 'r12', order: ['tom-sargent'], pole: null, fastestLap: null },
      ],
    },
    applyWhatIf,
  )
  expect(whatIf.statusAt(last(whatIf))).toEqual({ kind: 'hypothetical', races: ['r12'] })
})

test('the booth board: gaps to the leader with what they did this race, or a picked pair', () => {
  const board = boothBoard(liveModel, 'pro', last(liveModel), { pair: [], top: 3 })
  expect(board?.word).toBe('LIVE')
  expect(board?.leader).toMatchObject({ name: 'Riley Dickinson', gained: 28 })
  expect(
    board?.battle.kind === 'top' && board.battle.rows.map((r) => [r.name, r.gap, r.gapChange]),
  ).toEqual([
    ['Tom Sargent', 119, 16],
    ['Will Martin', 130, 22],
  ])
  const pair = boothBoard(provisionalModel, 'pro', last(provisionalModel), {
    pair: ['will-martin', 'tom-sargent'],
    top: 5,
  })
  expect(pair?.battle).toMatchObject({
    kind: 'pair',
    ahead: { name: 'Tom Sargent' },
    behind: { name: 'Will Martin' },
    gap: 11,
    gapChange: 6,
  })
})

test('exports and the CLI carry the status: a JSON field per championship and the table header', () => {
  const document = toStandingsDocument(
    provisionalModel,
    last(provisionalModel),
    ['pro'],
    TEXT_CONTENTS,
  )
  expect(document.championships[0]).toMatchObject({
    status: 'provisional',
    statusRaces: ['r11'],
    statusNote: 'PROVISIONAL: race 11 is not yet official.',
  })
  expect(toStandingsText(document, 'Carrera Cup')).toContain(
    'Pro — PROVISIONAL: race 11 is not yet official.',
  )
  const officialDocument = toStandingsDocument(
    buildSeasonModel({ season, files }),
    15,
    ['pro'],
    TEXT_CONTENTS,
  )
  expect(officialDocument.championships[0]).toMatchObject({ status: 'official', statusNote: null })
})

test('broadcast cards carry the status: LIVE as it stands, PROVISIONAL until official', () => {
  const request = { championship: 'pro', compare: [], source: 'official', outlook: null }
  expect(cardContent(liveModel, { ...request, step: last(liveModel) })).toMatchObject({
    marking: 'live',
    subtitle: 'As it stands after R11 · Indianapolis',
  })
  expect(cardContent(provisionalModel, { ...request, step: last(provisionalModel) })).toMatchObject(
    { marking: 'provisional', subtitle: 'Standings after R11 · Indianapolis' },
  )
  // Before the race the same model's card is official: the status belongs to the step.
  expect(cardContent(liveModel, { ...request, step: last(liveModel) - 1 })?.marking).toBeNull()
})
