import { expect, test } from 'vitest'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { tieBreakSummary, tieBreakText } from '../../src/model/tie-break-text.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

// Why an entry sits below another on equal points (docs/scoring-rules.md#countback), read from
// the final tables of shipped seasons.
async function tieAt(season: string, championship: string, position: number) {
  const model = buildSeasonModel(await shippedFiles(season))
  const table = model.championship(championship)?.table(model.standings.scored.length - 1) ?? []
  const index = table.findIndex((row) => row.position === position && row.tieBreak !== null)
  const row = table[index]
  const above = table[index - 1]
  if (row?.tieBreak == null || above === undefined) throw new Error(`no tie at ${position}`)
  return {
    text: tieBreakText(row.tieBreak, above.name, row.name),
    summary: tieBreakSummary(row.tieBreak),
  }
}

test('published: Bellomo took the 2024 Masters title from Halcome on countback — both 5 wins, 5 second places to 4', async () => {
  const tie = await tieAt('ccna/2024', 'masters', 2)
  expect(tie.text).toBe('level on 317: both 5 wins; Chris Bellomo 5 second places to 4')
  expect(tie.summary).toBe('level on 317, countback')
})

test('decided on wins, with nothing shared before them', async () => {
  expect((await tieAt('ccna/2024', 'pro-am', 4)).text).toBe(
    'level on 224: Moisey Uretsky 3 wins to 1',
  )
})

test('no wins and no second places for either: both said; one place in common: said alone', async () => {
  expect((await tieAt('ccna/2023', 'pro', 8)).text).toBe(
    'level on 136: no wins, no second places; Michael McCann 2 third places to 0',
  )
  expect((await tieAt('f1/1988', 'drivers', 8)).text).toBe(
    'level on 17: no wins; Ivan Capelli 1 second place to 0',
  )
})

test('more than two places in common are "the same record down to" the last of them', async () => {
  expect((await tieAt('ccna/2023', 'pro', 9)).text).toBe(
    'level on 136: same record down to fourth place; Ryan Yardley 3 fifth places to 1',
  )
})

test('level on everything countback compares: the position is shared (1988 counted the top six)', async () => {
  const tie = await tieAt('f1/1988', 'drivers', 16)
  expect(tie.text).toBe(
    'level on 1 with Pierluigi Martini, same record in the top 6 (countback stops there): position shared (Satoru Nakajima listed second by name)',
  )
  expect(tie.summary).toBe('level on 1, shared')
  expect((await tieAt('ccna/2024', 'pro', 18)).text).toBe(
    'level on 6 with Michael Verhagen, place for place: position shared (Thomas Kiefer listed second by name)',
  )
})
