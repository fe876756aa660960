import { expect, test } from 'vitest'
import { withLocalImports } from '../../src/app/with-local-imports.ts'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { finished, makeSeason, order, results } from '../fixtures/build.ts'

const season = makeSeason()

test('bug: races kept in this browser were scored unchecked — an unknown race, driver or class, or a repeated position, is left out and named', () => {
  const local = {
    races: new Map([
      ['r01', { file: 'good.csv', results: results('r01', order(['1', '2'])) }],
      ['r99', { file: 'nowhere.csv', results: results('r99', order(['1'])) }],
      [
        'r02',
        {
          file: 'ghost.csv',
          results: results('r02', [
            finished(1, { car: '1', driver: 'ghost' }),
            finished(1, { car: '2', class: 'gt3' }),
          ]),
        },
      ],
    ]),
    drivers: [],
    teams: [],
    problems: [],
  }
  const merged = withLocalImports(season, new Map(), local)
  expect([...merged.files.keys()]).toEqual(['r01'])
  expect(merged.problems).toEqual([
    'nowhere.csv (kept in this browser) is left out: nowhere.csv: "r99" is not a race of this season',
    expect.stringMatching(
      /^ghost\.csv \(kept in this browser\) is left out: .*ghost.*gt3.*position 1/,
    ),
  ])
  // The good race is scored; nothing of the bad ones is.
  const standings = computeSeasonStandings(merged.season, merged.files)
  expect(standings.races.filter((r) => r.kind === 'scored')).toHaveLength(1)
})
