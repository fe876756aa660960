import { expect, test } from 'vitest'
import { broadcastCard } from '../../src/export/broadcast-card.ts'
import { cardContent, type CardRequest } from '../../src/model/card-content.ts'
import { shippedModel } from '../fixtures/shipped-summary.ts'
import { stepAfter } from '../fixtures/shipped-season.ts'

/*
 * A broadcast card never shows a made-up result unmarked (issue 24 #5): the 2024 Pro-Am after
 * race 2, where the placeholder "Pro-Am entry A" stands among the leaders.
 */
const model = await shippedModel('ccna/2024')
const request: CardRequest = {
  championship: 'pro-am',
  step: stepAfter(model.standings, 'r02'),
  compare: ['marco-cirone', 'pro-am-entry-a'],
  source: 'reconstructed',
  outlook: null,
}
const content = cardContent(model, request)!
const FOOTNOTE =
  'Reconstructed results, not official: places no source gives are fill-ins. Placeholder: an entry whose driver was not published.'

test('the standings card marks the placeholder beside its name and says why in a footnote', () => {
  expect(content.reconstructed).toBe(true)
  expect(content.standings.find((row) => row.name === 'Pro-Am entry A')?.placeholder).toBe(true)
  expect(content.standings.find((row) => row.name === 'Marco Cirone')?.placeholder).toBe(false)
  const svg = broadcastCard('standings', 'wide', content)
  // The name as the series would write it, then the word, in the same line of text.
  expect(svg).toMatch(/>Pro-Am entry A<tspan [^>]*>PLACEHOLDER<\/tspan><\/text>/)
  expect(svg).not.toContain('driver not published)')
  expect(svg).toContain(`>${FOOTNOTE}</text>`)
  expect(svg).toContain('>RECONSTRUCTED</text>')
  // Square: the footnote wraps onto two lines, both kept.
  const square = broadcastCard('standings', 'square', content)
  expect(square).toContain(
    '>Reconstructed results, not official: places no source gives are fill-ins. Placeholder:</text>',
  )
  expect(square).toContain('>an entry whose driver was not published.</text>')
})

test('the head-to-head, gap and clinch cards mark the placeholder under its name', () => {
  expect(broadcastCard('h2h', 'wide', content)).toMatch(
    />Pro-Am entry A<\/text>.*>PLACEHOLDER<\/text>/,
  )
  // At the end of its line: "Pro-Am entry A −2", the word under it.
  expect(broadcastCard('gap', 'square', content)).toMatch(
    />Pro-Am entry A −\d+<\/text>.*>PLACEHOLDER<\/text>/,
  )
  // The leader is named by the series: no placeholder word, only the reconstructed footnote.
  const clinch = broadcastCard('clinch', 'wide', content)
  expect(clinch).not.toContain('PLACEHOLDER')
  expect(clinch).toContain(
    '>Reconstructed results, not official: places no source gives are fill-ins.</text>',
  )
})

test('an official season: no footnote, no mark', async () => {
  const f1 = await shippedModel('f1/2016')
  const card = cardContent(f1, {
    championship: 'drivers',
    step: f1.standings.scored.length - 1,
    compare: [],
    source: 'official',
    outlook: null,
  })!
  const svg = broadcastCard('standings', 'wide', card)
  expect(svg).not.toMatch(/PLACEHOLDER|Reconstructed/)
})
