import { expect, test } from 'vitest'
import { broadcastCard, escapeXml } from '../../src/export/broadcast-card.ts'
import type { CardContent } from '../../src/model/card-content.ts'

const input: CardContent = {
  title: 'Porsche Carrera Cup North America 2023 · Pro',
  subtitle: 'Standings after R8 · Watkins Glen',
  marking: 'reconstructed',
  accent: '#f28c28',
  standings: [
    { position: 1, name: 'Riley Dickinson', points: '197', gap: '—' },
    { position: 2, name: 'Tom Sargent', points: '134', gap: '−63' },
  ],
  gap: {
    labels: ['R1', 'R2'],
    lines: [
      { name: 'Riley Dickinson', values: [0, 0] },
      { name: 'Tom Sargent', values: [8, 16] },
    ],
  },
  h2h: { a: 'Riley Dickinson', b: 'Tom Sargent', rows: [['Points', '197', '134']] },
  clinch: {
    leader: 'Riley Dickinson',
    text: 'Dickinson clinches the Pro title in race 12 by finishing ahead of Sargent & Martin.',
  },
}

test('each card is an SVG of the broadcast size with the data, the class colour and the marking', () => {
  const wide = broadcastCard('standings', 'wide', input)
  expect(wide).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/)
  expect(wide).toContain('>Riley Dickinson</text>')
  expect(wide).toContain('>197</text>')
  expect(wide).toContain('>−63</text>')
  expect(wide).toContain('fill="#f28c28"')
  expect(wide).toContain('>RECONSTRUCTED</text>')
  expect(broadcastCard('gap', 'square', input)).toMatch(
    /width="1080" height="1080"[\s\S]*<polyline points="[\d., ]+"/,
  )
  expect(broadcastCard('h2h', 'wide', input)).toContain('>Tom Sargent</text>')
  expect(broadcastCard('clinch', 'wide', input)).toContain('Sargent &amp; Martin.')
})

test('text is escaped, so a name can never break the SVG', () => {
  expect(escapeXml('<b>"A & B"</b>')).toBe('&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;')
  const card = broadcastCard('standings', 'wide', {
    ...input,
    standings: [{ position: 1, name: '<script>', points: '1', gap: '—' }],
  })
  expect(card).not.toContain('<script>')
})

test('the overlay version has no background, only panels', () => {
  expect(broadcastCard('standings', 'wide', input)).toContain(
    '<rect width="1920" height="1080" fill="#101722"/>',
  )
  expect(broadcastCard('standings', 'wide', { ...input, transparent: true })).not.toContain(
    'fill="#101722"',
  )
})

test('bug: a 200-character name without spaces ran over the points on a broadcast card — cut with an ellipsis', () => {
  const card = broadcastCard('standings', 'wide', {
    ...input,
    standings: [{ position: 1, name: `L${'o'.repeat(198)}g`, points: '28', gap: '—' }],
  })
  expect(card).toContain('Looooo')
  expect(card).toMatch(/o…<\/text>/)
  expect(card).not.toContain('og</text>')
})
