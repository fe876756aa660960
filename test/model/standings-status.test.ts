import { expect, test } from 'vitest'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import {
  asItStands,
  standingsStatus,
  statusRaces,
  statusSentence,
  statusWord,
  type StandingsStatus,
} from '../../src/model/standings-status.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

// What the numbers are made of, strongest first (docs/scoring-rules.md#result-status), over the
// shipped 2023 Carrera Cup and 2016 Formula One seasons (all official as shipped).
const ccna = buildSeasonModel(await shippedFiles('ccna/2023'))
const f1 = buildSeasonModel(await shippedFiles('f1/2016'))
type Model = typeof ccna
/** The season's scored races with those of `ids` not yet confirmed by the stewards. */
const provisional = (model: Model, ...ids: ReadonlyArray<string>) =>
  model.standings.scored.map((race) =>
    ids.includes(race.race.race.id)
      ? { ...race, results: { ...race.results, status: 'provisional' as const } }
      : race,
  )
const sentence = (model: Model, status: StandingsStatus) =>
  statusSentence(status, model.standings.calendar)

test('official results only: no word, no sentence, no races', () => {
  const status = standingsStatus(ccna.standings.scored, 15, [], [])
  expect(status).toEqual({ kind: 'official' })
  expect([statusWord(status), sentence(ccna, status), asItStands(status)]).toEqual([null, null, ''])
  expect(statusRaces(status, ccna.standings.calendar)).toBe('')
  // Before the first race nothing is counted, whatever is running or imagined.
  expect(standingsStatus(ccna.standings.scored, -1, ['r01'], ['r01'])).toEqual({ kind: 'official' })
})

test('a result not yet confirmed counts from its race on: "PROVISIONAL: race 11 is not yet official."', () => {
  const scored = provisional(ccna, 'r11')
  expect(standingsStatus(scored, 9, [], [])).toEqual({ kind: 'official' })
  const status = standingsStatus(scored, 10, [], [])
  expect(status).toEqual({ kind: 'provisional', races: ['r11'] })
  expect(statusWord(status)).toBe('PROVISIONAL')
  expect(sentence(ccna, status)).toBe('PROVISIONAL: race 11 is not yet official.')
  expect(asItStands(status)).toBe('')
  const two = standingsStatus(provisional(ccna, 'r11', 'r12'), 15, [], [])
  expect(sentence(ccna, two)).toBe('PROVISIONAL: races 11 and 12 are not yet official.')
  expect(statusRaces(two, ccna.standings.calendar)).toBe('races 11 and 12')
})

test('a Grand Prix is named by round and place: "PROVISIONAL: round 17, Japan, is not yet official."', () => {
  const status = standingsStatus(provisional(f1, 'r17'), 20, [], [])
  expect(sentence(f1, status)).toBe('PROVISIONAL: round 17, Japan, is not yet official.')
})

test('a running race read as a result is live, not provisional, and says "as it stands"', () => {
  // Race 11 is provisional and race 12 running: live wins, and names only the running race.
  const scored = provisional(ccna, 'r11')
  const status = standingsStatus(scored, 11, [], ['r12'])
  expect(status).toEqual({ kind: 'live', races: ['r12'] })
  expect(statusWord(status)).toBe('LIVE')
  expect(sentence(ccna, status)).toBe('LIVE: race 12 is still running; as it stands, not a result.')
  expect(asItStands(status)).toBe('As it stands: ')
  // A running race's projected order is never called provisional once it is over.
  expect(standingsStatus(provisional(ccna, 'r12'), 11, [], ['r12']).kind).toBe('live')
  expect(standingsStatus(provisional(ccna, 'r12'), 11, [], ['r11', 'r12'])).toEqual({
    kind: 'live',
    races: ['r11', 'r12'],
  })
  expect(sentence(ccna, { kind: 'live', races: ['r11', 'r12'] })).toBe(
    'LIVE: races 11 and 12 are still running; as it stands, not a result.',
  )
  // A race running after the one shown does not count yet.
  expect(standingsStatus(ccna.standings.scored, 10, [], ['r12'])).toEqual({ kind: 'official' })
})

test('imagined results (what-if) outrank everything and are never called a result', () => {
  const status = standingsStatus(provisional(ccna, 'r11'), 12, ['r13'], ['r12'])
  expect(status).toEqual({ kind: 'hypothetical', races: ['r13'] })
  expect(statusWord(status)).toBe('HYPOTHETICAL')
  expect(sentence(ccna, status)).toBe('HYPOTHETICAL: race 13 is imagined, not a result.')
  expect(asItStands(status)).toBe('As it stands: ')
  expect(sentence(ccna, { kind: 'hypothetical', races: ['r15', 'r16'] })).toBe(
    'HYPOTHETICAL: races 15 and 16 are imagined, not a result.',
  )
  // Imagined beyond the race shown: not counted.
  expect(standingsStatus(ccna.standings.scored, 11, ['r13'], [])).toEqual({ kind: 'official' })
})
