import { expect, test } from 'vitest'
import { scenarioRowsById } from '../../src/model/scenario-rows-by-id.ts'
import { shippedModel, summaryAfter } from '../fixtures/shipped-summary.ts'

test('every row of the summary by its entry id, made once per summary', async () => {
  const ccna = await shippedModel('ccna/2023')
  const summary = summaryAfter(ccna, 'pro', 'r14')
  const byId = scenarioRowsById(summary)
  expect(byId.size).toBe(summary.rows.length)
  expect(byId.get('tom-sargent')).toBe(summary.rows.find((row) => row.id === 'tom-sargent'))
  expect(scenarioRowsById(summary)).toBe(byId)
  expect(scenarioRowsById({ ...summary })).not.toBe(byId)
})
