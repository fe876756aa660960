import { expect, test } from 'vitest'
import type { StandingRow } from '../../src/engine/scoring/standings.ts'
import { clinchNumbers } from '../../src/model/card-clinch.ts'

/*
 * The numbers on the clinch card (docs/exporting.md#broadcast-graphics), rows by hand: the
 * leader's points, the lead over the second ("level" when they are), the points still to score.
 */
const row = (name: string, points: number, gapToLeader: number) =>
  ({ id: name.toLowerCase(), name, points, gapToLeader }) as unknown as StandingRow

test('published: level on 369.5 before Abu Dhabi 2021 — the lead is "level"; 26 points left in one race', () => {
  const rows = [row('Max Verstappen', 369.5, 0), row('Lewis Hamilton', 369.5, 0)]
  const left = { pointsLeft: 26, racesLeft: 1, racesLeftCounted: '1 race' }
  expect(clinchNumbers(rows, left, false)).toEqual([
    { label: 'Points', value: '369.5' },
    { label: 'Lead over Hamilton', value: 'level' },
    { label: 'Points left', value: '26', detail: '1 race' },
  ])
})

test('a lead in points, a team named whole, nothing left to say once the season is over, no one in the table', () => {
  const teams = [row('Red Bull Racing', 759, 0), row('Scuderia Ferrari', 554, 205)]
  expect(clinchNumbers(teams, null, true)).toEqual([
    { label: 'Points', value: '759' },
    { label: 'Lead over Scuderia Ferrari', value: '205' },
  ])
  const over = { pointsLeft: 0, racesLeft: 0, racesLeftCounted: '0 races' }
  expect(clinchNumbers(teams.slice(0, 1), over, true)).toEqual([{ label: 'Points', value: '759' }])
  expect(clinchNumbers([], null, false)).toEqual([])
})
