import { expect, test } from 'vitest'
import { accentOf, classChampionships, pickedOf, tableOf } from '../../src/model/card-picks.ts'
import { acrossChampionships } from '../../src/model/picked-entry.ts'
import { shippedModel } from '../fixtures/shipped-summary.ts'

// Which championships a card reads (docs/exporting.md#broadcast-graphics), 2023.
const ccna = await shippedModel('ccna/2023')
const ids = (list: ReadonlyArray<{ readonly championship: { readonly id: string } }>) =>
  list.map((p) => p.championship.id)

test('All classes reads the class championships it names, unknown ids left out', () => {
  expect(ids(classChampionships(ccna, ['pro', 'pro-am', 'nope', 'am']))).toEqual([
    'pro',
    'pro-am',
    'am',
  ])
  expect(classChampionships(ccna, undefined)).toEqual([])
})

test('each pick scores in the first championship that has it: Sargent in Pro, Castro in Pro-Am', () => {
  const classes = classChampionships(ccna, ['pro', 'pro-am', 'am'])
  const picked = pickedOf(['tom-sargent', 'nobody', 'efrin-castro'], classes)
  expect(picked.map((p) => [p.id, p.progression.championship.id])).toEqual([
    ['tom-sargent', 'pro'],
    ['efrin-castro', 'pro-am'],
  ])
  expect(acrossChampionships(picked)).toBe(true)
  const pro = pickedOf(['riley-dickinson', 'tom-sargent'], classes)
  expect(acrossChampionships(pro)).toBe(false)
  expect(acrossChampionships([])).toBe(false)
})

test('a card wears the colour of its one class; the teams championship the default blue', () => {
  const [pro, proAm] = classChampionships(ccna, ['pro', 'pro-am'])
  expect(accentOf(ccna.season, pro!)).toBe('#f28c28')
  expect(accentOf(ccna.season, proAm!)).toBe('#2e9e4f')
  const [teams] = classChampionships(ccna, ['teams'])
  expect(accentOf(ccna.season, teams!)).toBe('#0b57d0')
})

test('a championship’s table at a step, as the season model builds it', () => {
  const [pro] = classChampionships(ccna, ['pro'])
  const last = ccna.standings.scored.length - 1
  const table = tableOf(ccna, pro!, last)
  expect(table[0]?.name).toBe('Riley Dickinson')
  expect(table).toBe(ccna.championship('pro')?.table(last))
})
