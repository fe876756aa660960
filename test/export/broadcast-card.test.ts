import { lineStyle } from '../../src/model/line-palette.ts'
import { expect, test } from 'vitest'
import { broadcastCard, cardSubtitle, escapeXml } from '../../src/export/broadcast-card.ts'
import { cardContent, type CardContent } from '../../src/model/card-content.ts'
import { shippedModel, summaryAfter } from '../fixtures/shipped-summary.ts'

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
      {
        name: 'Riley Dickinson',
        endName: 'Dickinson',
        endValue: 'leader',
        values: [0, 0],
        style: lineStyle(0),
      },
      {
        name: 'Tom Sargent',
        endName: 'Sargent',
        endValue: '−16',
        values: [8, 16],
        style: lineStyle(1),
      },
    ],
  },
  h2h: {
    a: 'Riley Dickinson',
    b: 'Tom Sargent',
    rows: [['Points', '197', '134']],
    classes: null,
    gap: {
      figure: '63',
      sentence: 'Dickinson (1st) 197 – Sargent (2nd) 134: Dickinson 63 points ahead.',
    },
  },
  clinch: {
    leader: 'Riley Dickinson',
    text: 'Dickinson clinches the Pro title in race 12 by finishing ahead of Sargent & Martin.',
  },
  permutations: { championship: 'Pro', headline: '', race: null, rows: [], clinching: 0 },
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

test('the overlay version has no background, only opaque panels: the page keys through around them', () => {
  const exported = broadcastCard('standings', 'wide', input)
  const overlay = broadcastCard('standings', 'wide', { ...input, transparent: true })
  expect(exported).toContain('<rect width="1920" height="1080" fill="#0b1019"/>')
  expect(overlay).not.toContain('<rect width="1920" height="1080"')
  // The panel fills the title-safe area (5 % in: 96 and 54 px), opaque, on both.
  for (const svg of [exported, overlay]) {
    expect(svg).toContain('<rect x="96" y="54" width="1728" height="972" rx="14" fill="#131b28"/>')
    expect(svg).not.toContain('opacity="0.55"')
  }
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

/** The text of a card's <text> elements in order, unescaped, with their baselines. */
function textsOf(svg: string): Array<{ readonly y: number; readonly text: string }> {
  return [...svg.matchAll(/<text x="[^"]*" y="([^"]*)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    y: Number(m[1]),
    text: (m[2] ?? '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
  }))
}

test('the permutations card: the sentence, then the results that clinch as many as fit, and how many more — nothing below the card', async () => {
  const model = await shippedModel('f1/2022')
  const summary = summaryAfter(model, 'drivers', 'r17')
  const content = cardContent(model, {
    championship: 'drivers',
    step: model.standings.scored.findIndex((r) => r.race.race.id === 'r17'),
    compare: [],
    source: 'official',
    outlook: summary.outlook,
    permutations: summary.permutations,
  })
  if (content === null) throw new Error('no card')
  for (const shape of ['wide', 'square'] as const) {
    const svg = broadcastCard('permutations', shape, content)
    const texts = textsOf(svg)
    expect(texts.map((t) => t.text).join(' ')).toContain(
      'Verstappen clinches the Drivers title in round 18, Japan, by winning with the fastest lap whatever Leclerc and Pérez do, or by winning with Leclerc third or lower.',
    )
    const results = texts.filter((t) => content.permutations.rows.some((r) => r.result === t.text))
    expect(results[0]?.text).toBe('1st')
    expect(texts.map((t) => t.text)).toContain('Leclerc 3rd or lower')
    expect(texts.map((t) => t.text)).toContain('✓ always with the fastest lap')
    const more = texts.find((t) => t.text.endsWith('in the Permutations view'))?.text ?? null
    const left = more === null ? 0 : Number(/^\+(\d+) more/.exec(more)?.[1])
    const said = results.reduce(
      (sum, t) => sum + (content.permutations.rows.find((r) => r.result === t.text)?.stands ?? 0),
      0,
    )
    expect(said + left, shape).toBe(content.permutations.clinching)
    for (const t of texts.filter((t) => t.text !== 'Pitboard'))
      expect(t.y, `${shape}: ${t.text}`).toBeLessThanOrEqual(1080 - 50)
  }
})

/** The cards' content before the 2024 Pro-Am decider (race 16): seven rivals in its sentence. */
async function proAmDecider(): Promise<CardContent> {
  const model = await shippedModel('ccna/2024')
  const summary = summaryAfter(model, 'pro-am', 'r15')
  const content = cardContent(model, {
    championship: 'pro-am',
    step: model.standings.scored.findIndex((r) => r.race.race.id === 'r15'),
    compare: [],
    source: 'official',
    outlook: summary.outlook,
    permutations: summary.permutations,
  })
  if (content === null) throw new Error('no card')
  return content
}

test('bug: the clinch card ran a long sentence off the card (2024 Pro-Am decider) — it is set smaller until it fits', async () => {
  const content = await proAmDecider()
  // Seven rivals' places with their bonus variants: some 800 characters.
  expect(content.clinch.text.length).toBeGreaterThan(700)
  for (const shape of ['wide', 'square'] as const) {
    const texts = textsOf(broadcastCard('clinch', shape, content))
    const footnote = texts.find((t) => t.text.startsWith('Reconstructed results'))
    // The sentence's lines follow one another from its first words.
    const first = texts.findIndex((t) => t.text.startsWith('Metni clinches'))
    const sentence = texts.slice(first).filter((t, i, all) => {
      const before = all.slice(0, i).map((x) => x.text)
      return content.clinch.text.startsWith([...before, t.text].join(' '))
    })
    expect(sentence.map((t) => t.text).join(' '), shape).toBe(content.clinch.text)
    for (const line of sentence)
      expect(line.y, `${shape}: ${line.text}`).toBeLessThan((footnote?.y ?? 0) - 20)
  }
})

test('bug: the permutations lower third dropped the rest of a long sentence unmarked — its second line ends in "…"', async () => {
  const content = await proAmDecider()
  const texts = textsOf(broadcastCard('permutations', 'lower-third', content)).map((t) => t.text)
  const first = texts.findIndex((t) => t.startsWith('Metni clinches'))
  expect(content.clinch.text.startsWith(texts[first] ?? '-')).toBe(true)
  expect(texts[first + 1]).toMatch(/…$/)
})

test('the permutations card escapes its text: a sentence or a name can never break the SVG', () => {
  const card = broadcastCard('permutations', 'wide', {
    ...input,
    permutations: {
      championship: 'Pro',
      headline: 'Dickinson clinches in race 12 if …',
      race: 'race 12',
      rows: [
        {
          result: '1st',
          clinches: 'if',
          conditions: ['<script> 2nd or lower'],
          alwaysWith: null,
          stands: 1,
        },
      ],
      clinching: 1,
    },
  })
  expect(card).toContain('&amp; Martin.')
  expect(card).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/)
  expect(card).toContain('&lt;script&gt; 2nd or lower')
  expect(card).not.toContain('<script>')
})

test('the permutations card names the race its table is for, as the Permutations view heads it; the other cards the race the standings are after', async () => {
  // The line under the title: the card's second text.
  const subtitleOf = (svg: string) => textsOf(svg)[1]?.text
  const f1 = await shippedModel('f1/2022')
  const content = (model: typeof f1, championship: string, after: string) => {
    const summary = summaryAfter(model, championship, after)
    const card = cardContent(model, {
      championship,
      step: model.standings.scored.findIndex((r) => r.race.race.id === after),
      compare: [],
      source: 'official',
      outlook: summary.outlook,
      permutations: summary.permutations,
    })
    if (card === null) throw new Error('no card')
    return card
  }
  const japan = content(f1, 'drivers', 'r17')
  expect(subtitleOf(broadcastCard('permutations', 'wide', japan))).toBe(
    'Title permutations for round 18, Japan',
  )
  expect(subtitleOf(broadcastCard('standings', 'wide', japan))).toBe(
    'Standings after R17 · Singapore',
  )
  // Nothing clinches in race 11 alone: the card shows races 11 and 12 together, and says so.
  const ccna = await shippedModel('ccna/2023')
  expect(cardSubtitle('permutations', content(ccna, 'pro', 'r10'))).toBe(
    'Title permutations for races 11 and 12',
  )
  expect(cardSubtitle('permutations', content(ccna, 'pro', 'r11'))).toBe(
    'Title permutations for race 12',
  )
  // A settled title has no table: the standings' line.
  expect(cardSubtitle('permutations', content(f1, 'drivers', 'r18'))).toBe(
    'Standings after R18 · Japan',
  )
})
