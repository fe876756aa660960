import { expect, test } from 'vitest'
import type { CalendarRace } from '../../src/engine/scoring/calendar.ts'
import type { RaceFile, RaceStatus } from '../../src/engine/types.ts'
import { boothLines } from '../../src/model/booth-lines.ts'
import {
  countRaces,
  listEndingInRaces,
  listOfRaceIds,
  listOfRaces,
  raceName,
} from '../../src/model/race-name.ts'
import { pointsLeftSentence } from '../../src/model/scenario-summary.ts'
import { summaryOf } from '../../src/model/season-scenarios.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { shippedFiles, stepAfter } from '../fixtures/shipped-season.ts'

const f1of2022 = await shippedFiles('f1/2022')
const f1of2023 = await shippedFiles('f1/2023')
const ccna2023 = await shippedFiles('ccna/2023')
const model2022 = buildSeasonModel(f1of2022)
const calendar2022 = model2022.standings.calendar
const calendar2023 = buildSeasonModel(f1of2023).standings.calendar
const ccnaModel = buildSeasonModel(ccna2023)
const ccnaCalendar = ccnaModel.standings.calendar

function race(calendar: ReadonlyArray<CalendarRace>, id: string): CalendarRace {
  const found = calendar.find((r) => r.race.id === id)
  if (found === undefined) throw new Error(`no race ${id}`)
  return found
}

/** The model of a shipped season with one race's result file in another status. */
function withStatus(shipped: typeof f1of2022, id: string, status: RaceStatus) {
  const file = shipped.files.get(id)
  if (file?.kind !== 'results') throw new Error(`${id} must be shipped`)
  const files = new Map<string, RaceFile>([
    ...shipped.files,
    [id, { kind: 'results', results: { ...file.results, status } }],
  ])
  return buildSeasonModel({ season: shipped.season, files })
}

test('Formula One names a Grand Prix by round and place: 2022 Japan is round 18', () => {
  const japan = race(calendar2022, 'r18')
  expect(raceName(japan)).toBe('round 18, Japan')
  expect(raceName(japan, { opens: true })).toBe('Round 18, Japan')
  // Words after it close the place as an aside: "after round 18, Japan, Verstappen leads".
  expect(raceName(japan, { more: true })).toBe('round 18, Japan,')
})

test('bug: the 2022 Abu Dhabi Grand Prix, 25th race of the calendar, was "race 25" — it is round 22', () => {
  const abuDhabi = race(calendar2022, 'r22')
  expect(abuDhabi.index).toBe(24)
  expect(raceName(abuDhabi)).toBe('round 22, Abu Dhabi')
})

test('a sprint is named by its round, not numbered: 2023 Qatar has a sprint before its Grand Prix', () => {
  const sprint = race(calendar2023, 'r17s')
  expect(raceName(sprint)).toBe('the Qatar sprint')
  expect(raceName(sprint, { opens: true, more: true })).toBe('The Qatar sprint')
  expect(raceName(race(calendar2023, 'r17'))).toBe('round 17, Qatar')
  expect(listOfRaceIds(calendar2023, ['r17s', 'r17'], { more: true })).toBe(
    'the Qatar sprint and round 17, Qatar,',
  )
})

test('the Carrera Cup names a race by its number: race 12, races 11 and 12', () => {
  const twelve = race(ccnaCalendar, 'r12')
  expect(raceName(twelve)).toBe('race 12')
  expect(raceName(twelve, { opens: true, more: true })).toBe('Race 12')
  expect(listOfRaceIds(ccnaCalendar, ['r11', 'r12'])).toBe('races 11 and 12')
  expect(listOfRaces([race(ccnaCalendar, 'r11')], { opens: true })).toBe('Race 11')
  expect(listOfRaceIds(ccnaCalendar, ['nowhere'])).toBe('')
})

test('a list of phrases ending in Grands Prix closes each place once, never twice', () => {
  const phrases = ['r10', 'r11', 'r18'].map((id) => ({
    words: 'after ',
    race: race(calendar2022, id),
  }))
  expect(listEndingInRaces(phrases)).toBe(
    'after round 10, Great Britain, after round 11, Austria, and after round 18, Japan',
  )
  expect(listEndingInRaces(phrases.slice(1), { opens: true, more: true })).toBe(
    'After round 11, Austria, and after round 18, Japan,',
  )
})

test('races are counted as the series counts them: Grands Prix and sprints apart, Carrera Cup races', () => {
  expect(countRaces(calendar2022)).toBe('22 Grands Prix and 3 sprints')
  expect(countRaces(calendar2023)).toBe('22 Grands Prix and 6 sprints')
  expect(countRaces([race(calendar2023, 'r17s')])).toBe('1 sprint')
  expect(countRaces([race(calendar2022, 'r18')])).toBe('1 Grand Prix')
  expect(countRaces(ccnaCalendar)).toBe('16 races')
  expect(countRaces(ccnaCalendar.slice(0, 10), 'Pro')).toBe('10 Pro races')
  expect(countRaces([])).toBe('0 races')
})

test('official F1 2022 after round 18, Japan: Verstappen has won 12 of 18 Grands Prix, 113 ahead of Pérez, sprints not counted as Grands Prix', () => {
  const step = stepAfter(model2022.standings, 'r18')
  // Published standings after Japan: Verstappen 366, Pérez 253, Leclerc 252; Leclerc 9 poles.
  expect(boothLines(model2022, 'drivers', step, null).map((line) => line.text)).toEqual([
    'Verstappen has won 12 of 18 Grands Prix and leads Pérez by 113.',
    'Pérez has 9 podiums in 18 Grands Prix.',
    'Leclerc has 9 podiums in 18 Grands Prix.',
    'Leclerc has the most poles, 9.',
  ])
  const summary = summaryOf(model2022, 'drivers', step)
  if (summary === null) throw new Error('2022 has scenarios after Japan')
  // Four Grands Prix of 26 (win and fastest lap) and the São Paulo sprint's 8.
  expect(pointsLeftSentence(summary)).toBe(
    '112 points still available to one driver (4 Grands Prix and 1 sprint).',
  )
})

test('a provisional Grand Prix is named in the status and the booth: "round 18, Japan, is not yet official"', () => {
  const model = withStatus(f1of2022, 'r18', 'provisional')
  const step = stepAfter(model.standings, 'r18')
  expect(model.statusNote(step)).toBe('PROVISIONAL: round 18, Japan, is not yet official.')
  expect(boothLines(model, 'drivers', step, null)[0]?.text).toBe(
    'Provisionally (round 18, Japan, not yet official), Verstappen has won 12 of 18 Grands Prix and leads Pérez by 113.',
  )
})

test('a live sprint is "the Qatar sprint" in the status, never a race number', () => {
  const model = withStatus(f1of2023, 'r17s', 'live')
  const step = stepAfter(model.standings, 'r17s')
  expect(model.statusNote(step)).toBe(
    'LIVE: the Qatar sprint is still running; as it stands, not a result.',
  )
})

test('the Carrera Cup counts its races: after race 11 Dickinson has won 8 of 11 Pro races, five races left', () => {
  const step = stepAfter(ccnaModel.standings, 'r11')
  expect(boothLines(ccnaModel, 'pro', step, null)[0]?.text).toBe(
    'Dickinson has won 8 of 11 Pro races and leads Sargent by 119.',
  )
  const summary = summaryOf(ccnaModel, 'pro', step)
  if (summary === null) throw new Error('2023 has scenarios after race 11')
  expect(pointsLeftSentence(summary)).toBe('140 points still available to one driver (5 races).')
})

test('Grands Prix are counted first even when a sprint comes first; Carrera Cup races take no comma', () => {
  expect(countRaces([race(calendar2023, 'r17s'), race(calendar2023, 'r17')])).toBe(
    '1 Grand Prix and 1 sprint',
  )
  const phrases = ['r11', 'r12'].map((id) => ({ words: 'after ', race: race(ccnaCalendar, id) }))
  expect(listEndingInRaces(phrases, { more: true })).toBe('after race 11 and after race 12')
})
