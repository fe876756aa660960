import { expect, test } from 'vitest'
import { titleOutlook } from '../../../src/engine/scenarios/clinch-conditions.ts'
import type { PermutationTable } from '../../../src/engine/scenarios/permutations.ts'
import { championshipScenarios } from '../../../src/engine/scenarios/scenarios.ts'
import type { WeekendTable } from '../../../src/engine/scenarios/weekend-permutations.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { filesOf, makeSeason, out, results, rounds } from '../../fixtures/build.ts'
import { championship, shippedSeason, stepAfter } from '../../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')
const pro = championship(ccna2023, 'pro')
const after = (race: string) => championshipScenarios(ccna2023, pro, stepAfter(ccna2023, race))

test('published: Dickinson can clinch the 2023 Pro title in race 12, and has clinched it after it', () => {
  // Source: Porsche Carrera Cup North America, 2023: Dickinson champion with four races left.
  const before = titleOutlook(after('r11'))
  expect(before?.kind).toBe('can-clinch')
  if (before?.kind === 'can-clinch') {
    expect(before.race.race.race.id).toBe('r12')
    expect(before.table.rows.some((row) => row.clinches === 'always')).toBe(true)
  }
  expect(titleOutlook(after('r12'))).toEqual({ kind: 'clinched', leader: 0, racesLeft: 4 })
  expect(titleOutlook(after('r16'))).toEqual({ kind: 'clinched', leader: 0, racesLeft: 0 })
})

test('no race left to clinch in and leaders level on everything: the title is shared, by them only', () => {
  const scenarios = after('r11')
  const level = {
    ...scenarios,
    rows: scenarios.rows.map((row, i) => ({
      ...row,
      status: 'contention' as const,
      bestPosition: i < 2 ? 1 : 3,
    })),
  }
  expect(titleOutlook(level, () => null)).toEqual({ kind: 'shared', leaders: [0, 1] })
  expect(titleOutlook({ ...level, rows: [] })).toBe(null)
})

test('no result of the next race clinches: decided later, with the weekend table only where it can clinch', () => {
  const scenarios = after('r11')
  const next = permutations('never')
  const weekend = (clinches: 'never' | 'if'): WeekendTable =>
    ({ rows: [{ clinches }, { clinches: 'never' }] }) as unknown as WeekendTable
  const open = titleOutlook(
    scenarios,
    () => next,
    () => weekend('if'),
  )
  expect(open).toMatchObject({ kind: 'decided-later', leader: 0, race: next.race })
  expect(open?.kind === 'decided-later' ? open.weekend?.rows.length : -1).toBe(2)
  const closed = titleOutlook(
    scenarios,
    () => next,
    () => weekend('never'),
  )
  expect(closed).toMatchObject({ kind: 'decided-later', weekend: null })
  expect(
    titleOutlook(
      scenarios,
      () => next,
      () => null,
    ),
  ).toMatchObject({ weekend: null })
  // One row that clinches "if" is enough to say how.
  expect(titleOutlook(scenarios, () => permutations('if'))?.kind).toBe('can-clinch')

  function permutations(clinches: 'never' | 'if'): PermutationTable {
    const real = titleOutlook(scenarios)
    if (real?.kind !== 'can-clinch') throw new Error('expected the real table')
    return {
      ...real.table,
      rows: real.table.rows.map((row, i) => ({ ...row, clinches: i === 0 ? clinches : 'never' })),
    }
  }
})

test('a season over with its two drivers level on everything: shared, read without any table (none is left to read)', () => {
  // Both out of the one race: 0 each, nothing between them on countback.
  const season = makeSeason({
    rounds: rounds(1),
    drivers: [
      { id: 'd1', name: 'Driver 1' },
      { id: 'd2', name: 'Driver 2' },
    ],
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'] }],
  })
  const standings = computeSeasonStandings(
    season,
    filesOf(results('r01', [out('dnf', { car: '1' }), out('dnf', { car: '2' })])),
  )
  const scenarios = championshipScenarios(standings, standings.championships[0]!, 0)
  expect(scenarios.remaining).toEqual([])
  expect(
    titleOutlook(
      scenarios,
      () => {
        throw new Error('no table after the last race')
      },
      () => null,
    ),
  ).toEqual({ kind: 'shared', leaders: [0, 1] })
})
