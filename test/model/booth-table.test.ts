import { expect, test } from 'vitest'
import { boothTable } from '../../src/model/booth-table.ts'
import { shippedModel } from '../fixtures/shipped-summary.ts'

// A championship's table as the booth reads it (docs/dashboard.md#booth), 2023.
const ccna = await shippedModel('ccna/2023')
const stepOf = (race: string) => ccna.standings.scored.findIndex((r) => r.race.race.id === race)

test('published: race 11 of 2023 — Dickinson 281 after a win with the pole and the fastest lap (+28)', () => {
  const table = boothTable(ccna, 'pro', stepOf('r11'))!
  const [first, second] = table.rows
  expect(table.entry(first!)).toEqual({
    id: 'riley-dickinson',
    position: 1,
    name: 'Riley Dickinson',
    placeholder: false,
    points: 281,
    gained: 28,
    inClass: null,
  })
  // Across classes the entry names its class, as the season defines it.
  expect(table.entry(second!, true).inClass).toEqual(
    ccna.season.classes.find((c) => c.id === 'pro'),
  )
  expect(table.before.get('riley-dickinson')?.points).toBe(253)
})

test('after the first race everything is gained there; a teams table across classes is named by the championship', () => {
  const first = boothTable(ccna, 'pro', 0)!
  const leader = first.entry(first.rows[0]!)
  expect(leader.gained).toBe(leader.points)
  // Entrants count every class: no one class to name.
  const teams = boothTable(ccna, 'teams', 0)!
  expect(teams.entry(teams.rows[0]!, true).inClass).toEqual({ id: 'teams', name: 'Entrants' })
  expect(boothTable(ccna, 'nope', 0)).toBeNull()
})
