import { expect, test } from 'vitest'
import { championshipScenarios } from '../../src/engine/scenarios/scenarios.ts'
import { finalPositionWords, titleStatusWord } from '../../src/model/title-status-words.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')

test('the title column says each status in one word', () => {
  expect(titleStatusWord('clinched')).toBe('Clinched')
  expect(titleStatusWord('contention')).toBe('Contender')
  expect(titleStatusWord('eliminated')).toBe('Out')
})

test('published: Dickinson clinched the 2023 Pro title after race 12 — "Clinched", finishes 1', () => {
  const pro = championship(ccna2023, 'pro')
  const { rows } = championshipScenarios(ccna2023, pro, stepAfter(ccna2023, 'r12'))
  const dickinson = rows.find((row) => row.id === 'riley-dickinson')
  if (dickinson === undefined) throw new Error('Dickinson is not in the Pro table')
  expect(titleStatusWord(dickinson.status)).toBe('Clinched')
  expect(finalPositionWords(dickinson)).toBe('Final position: finishes 1')
})

test('a range says both ends, and "or better" when the worst end is only a bound', () => {
  const row = { bestPosition: 2, worstPosition: 5, worstPositionExact: true }
  expect(finalPositionWords(row)).toBe('Final position: finishes between 2 and 5')
  expect(finalPositionWords({ ...row, worstPositionExact: false })).toBe(
    'Final position: finishes between 2 and 5 or better',
  )
  expect(finalPositionWords({ ...row, worstPosition: 2 })).toBe('Final position: finishes 2')
})
