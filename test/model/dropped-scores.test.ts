import { expect, test } from 'vitest'
import { droppedScores } from '../../src/model/dropped-scores.ts'
import { calendarName } from '../../src/model/race-name.ts'
import { championship, shippedSeason } from '../fixtures/shipped-season.ts'
import { standingsAt } from '../../src/engine/scoring/standings.ts'

const ccna2023 = await shippedSeason('ccna/2023')

test('published rule: the two worst scores of the 2023 Pro-Am table go, races 15 and 16 never — each said with its race and points', () => {
  const proAm = championship(ccna2023, 'pro-am')
  const castro = standingsAt(proAm, proAm.steps.length - 1).find((r) => r.id === 'efrin-castro')
  if (castro === undefined) throw new Error('Castro is in the 2023 Pro-Am table')
  const scores = droppedScores(castro, ccna2023.calendar)
  expect(scores.map((s) => s.race)).toEqual(castro.dropped)
  expect(scores).toHaveLength(2)
  for (const score of scores) {
    const race = ccna2023.calendar.find((r) => r.race.id === score.race)!
    const points = castro.races
      .filter((r) => r.raceIndex === race.index)
      .reduce((sum, r) => sum + r.points, 0)
    expect(score.mark).toBe(`${race.label} ${points}`)
    expect(score.text).toBe(
      `${points} ${points === 1 ? 'point' : 'points'} from ${race.race.name}, ${race.round.name} dropped`,
    )
  }
})

test('bug: a dropped score of one point said "1 points"; a race the calendar lacks is named by its id', () => {
  const row = { dropped: ['r01', 'x9'], races: [{ raceIndex: 0, points: 1 }] }
  const calendar = ccna2023.calendar.slice(0, 1)
  const [first, unknown] = droppedScores(
    row as unknown as Parameters<typeof droppedScores>[0],
    calendar,
  )
  expect(first).toEqual({
    race: 'r01',
    mark: `${calendar[0]!.label} 1`,
    text: `1 point from ${calendarName(calendar[0]!)} dropped`,
  })
  expect(unknown).toEqual({ race: 'x9', mark: 'x9 0', text: '0 points from x9 dropped' })
})

test('published: the 2023 Carrera Cup opened with race 1 at Sebring, named by the calendar "Race 1, Sebring"', () => {
  expect(calendarName(ccna2023.calendar[0]!)).toBe('Race 1, Sebring')
})
