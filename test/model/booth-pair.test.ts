import { expect, test } from 'vitest'
import { pairBattle } from '../../src/model/booth-pair.ts'
import { boothTable } from '../../src/model/booth-table.ts'
import { shippedModel } from '../fixtures/shipped-summary.ts'

// The gap between two picked entries on the booth's board (docs/dashboard.md#booth), 2023.
const ccna = await shippedModel('ccna/2023')
const stepOf = (race: string) => ccna.standings.scored.findIndex((r) => r.race.race.id === race)
const tables = (step: number) => ({
  pro: boothTable(ccna, 'pro', step)!,
  proAm: boothTable(ccna, 'pro-am', step)!,
})

test('published: Dickinson 28 ahead of Sargent after race 1, the championship order first whoever was picked first', () => {
  const { pro } = tables(0)
  const battle = pairBattle([pro, 'tom-sargent'], [pro, 'riley-dickinson'], 0)
  expect(battle).toMatchObject({
    ahead: { name: 'Riley Dickinson' },
    behind: { name: 'Tom Sargent' },
    label: 'gap to Riley Dickinson',
    // Before the first race there is no gap to have moved.
    gapChange: null,
  })
  expect(battle?.gap).toBeGreaterThan(0)
})

test('published: race 4 of 2023 took the gap from 24 to 18 (101 to 83)', () => {
  const { pro } = tables(stepOf('r04'))
  expect(pairBattle([pro, 'riley-dickinson'], [pro, 'tom-sargent'], stepOf('r04'))).toMatchObject({
    gap: 18,
    gapChange: -6,
  })
})

test('level across classes after race 4: Sargent (Pro) and Cirone (Pro-Am), 83 each, the first picked first', () => {
  const step = stepOf('r04')
  const { pro, proAm } = tables(step)
  const battle = pairBattle([pro, 'tom-sargent'], [proAm, 'marco-cirone'], step)
  expect(battle).toMatchObject({
    ahead: { name: 'Tom Sargent' },
    behind: { name: 'Marco Cirone' },
    gap: 0,
    label: 'gap (level), in different classes',
  })
  expect(pairBattle([proAm, 'marco-cirone'], [pro, 'tom-sargent'], step)?.ahead.name).toBe(
    'Marco Cirone',
  )
})

test('an entrant new to the table has no points before; no pair without both, or with one entry twice', () => {
  // The first race Sofronas is in the 2023 Pro-Am table: his points before it were none.
  const step = ccna.standings.scored.findIndex((_, at) =>
    tables(at).proAm.rows.some((row) => row.id === 'james-sofronas'),
  )
  expect(step).toBeGreaterThan(0)
  const { proAm } = tables(step)
  const sofronas = proAm.rows.find((row) => row.id === 'james-sofronas')!
  const leader = proAm.rows[0]!
  const battle = pairBattle([proAm, leader.id], [proAm, 'james-sofronas'], step)!
  expect(battle.gapChange).toBe(battle.gap - (proAm.before.get(leader.id)?.points ?? NaN))
  expect(proAm.before.has('james-sofronas')).toBe(false)
  expect(sofronas.points).toBeGreaterThan(0)
  expect(pairBattle([proAm, 'nobody'], [proAm, leader.id], step)).toBeNull()
  expect(pairBattle([proAm, leader.id], [proAm, 'nobody'], step)).toBeNull()
  expect(pairBattle([proAm, leader.id], [proAm, leader.id], step)).toBeNull()
})
