import { expect, test } from 'vitest'
import { checkSeason } from '../../src/data/check-season.ts'
import { formatFault } from '../../src/data/fault.ts'
import { makeSeason, rounds } from '../fixtures/build.ts'

test('a valid season has no faults and no warnings', () => {
  expect(checkSeason(makeSeason())).toMatchObject({ faults: [], warnings: [], isFatal: false })
})

test('odd but usable things are warnings: a rising points table, rounds out of order, a tag nobody has', () => {
  const [first, second] = rounds(2)
  const review = checkSeason(
    makeSeason({
      rounds: [second!, first!],
      scoring: { race: { points: [10, 12, 8], awardBy: 'class' } },
      championships: [{ id: 'rookies', name: 'Rookies', kind: 'drivers', tags: ['rookie'] }],
    }),
  )
  expect(review.faults).toEqual([])
  expect(review.warnings.map(formatFault)).toEqual([
    'season.json: championships[0].tags[0]: no driver carries the tag "rookie": the table will be empty',
    'season.json: scoring.race.points: the points table rises somewhere: is it in finishing order?',
    'season.json: rounds[1].round: round 1 follows round 2: rounds are read in file order',
  ])
})

test('two races sharing one result file: the second is not scored', () => {
  const review = checkSeason(
    makeSeason({ rounds: rounds(2, { r02: { results: 'results/r01.json' } }) }),
  )
  expect(review.faults.map(formatFault)).toEqual([
    'season.json: rounds[1].races[0].results: "results/r01.json" is already the result file of race r01',
  ])
  expect([...review.badRaces.keys()]).toEqual(['r02'])
})

test('an adjustment must name a driver in a drivers championship and a team in a teams one', () => {
  const review = checkSeason(
    makeSeason({
      adjustments: [
        { championship: 'teams', driver: 'd1', points: 1, afterRace: 'r01', reason: 'x' },
        { championship: 'pro', team: 't1', points: 1, afterRace: 'r01', reason: 'x' },
        { championship: 'nope', team: 't1', points: 1, afterRace: 'r01', reason: 'x' },
      ],
    }),
  )
  expect(review.faults.map(formatFault)).toEqual([
    'season.json: adjustments[0].driver: championship "teams" is a teams\' championship: name a team',
    'season.json: adjustments[1].team: championship "pro" is a drivers\' championship: name a driver',
    'season.json: adjustments[2].championship: "nope" is not a championship of this season',
  ])
})
