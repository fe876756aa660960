import { describe, expect, test } from 'vitest'
import {
  broadcastCard,
  CARD_SIZES,
  type CardKind,
  type CardShape,
} from '../../src/export/broadcast-card.ts'
import { cardContent } from '../../src/model/card-content.ts'
import { permutationsOf, summaryOf } from '../../src/model/season-scenarios.ts'
import { titleSafe } from '../../src/model/title-safe.ts'
import { shippedModel } from '../fixtures/shipped-summary.ts'
import { extentOf, isNiceStep, lineXs, textsOf } from './card-svg.ts'

/*
 * Every card as drawn (issue 25, "On air"): the value axis in steps of 1, 2 or 5 × 10ⁿ from 0
 * (a gap axis read 0/47/94/141/188), each line named at its end with the names apart and inside
 * the card, never over a line, and every word inside the title-safe area (docs/exporting.md).
 */
/** A season, championship, race after, picks (the top five when none) and whether All classes. */
type Case = readonly [string, string, string, ReadonlyArray<string>, boolean]
const SEASONS: ReadonlyArray<Case> = [
  // [season, championship, after, picks, All classes]
  ['ccna/2023', 'pro', 'r08', [], false],
  ['ccna/2023', 'pro', 'r08', ['riley-dickinson', 'efrin-castro', 'mark-kvamme'], true],
  ['ccna/2024', 'pro-am', 'r02', ['marco-cirone', 'pro-am-entry-a'], false],
  // The big gaps of 2023 (Verstappen 177 ahead after Japan), and a season's first race.
  ['f1/2023', 'drivers', 'r16', [], false],
  ['f1/2023', 'drivers', 'r01', [], false],
  ['f1/2022', 'drivers', 'r17', ['max-verstappen', 'charles-leclerc'], false],
  // Shared fastest laps: points in sevenths.
  ['f1/1954', 'drivers', 'r06', [], false],
]
const KINDS: ReadonlyArray<CardKind> = ['standings', 'gap', 'h2h', 'clinch', 'permutations']
const SHAPES: ReadonlyArray<CardShape> = ['wide', 'square', 'lower-third']

async function cardsOf([path, championship, after, picks, all]: Case) {
  const model = await shippedModel(path)
  const step = model.standings.scored.findIndex((race) => race.race.race.id === after)
  const leaders = model
    .championship(championship)
    ?.table(step)
    .slice(0, 5)
    .map((row) => row.id)
  const summary = summaryOf(model, championship, step)
  const content = cardContent(model, {
    championship,
    ...(all ? { allClasses: ['pro', 'pro-am', 'am'] } : {}),
    step,
    compare: picks.length > 0 ? picks : (leaders ?? []),
    source: 'official',
    outlook: summary?.outlook ?? null,
    permutations: permutationsOf(model, championship, step),
    pointsLeft: summary,
  })
  if (content === null) throw new Error(`no card for ${path} after ${after}`)
  return KINDS.flatMap((kind) =>
    SHAPES.map((shape) => ({
      name: `${path} ${after} ${kind} ${shape}`,
      kind,
      shape,
      svg: broadcastCard(kind, shape, content),
    })),
  )
}

describe.each(SEASONS)('the cards of %s %s after %s', (...season) => {
  test('axis ticks: 0 and steps of 1, 2 or 5 × 10ⁿ', async () => {
    for (const { name, kind, shape, svg } of await cardsOf(season)) {
      const ticks = textsOf(svg)
        .filter((t) => t.className === 'tick')
        .map((t) => Number(t.text))
      if (kind === 'gap' && shape !== 'lower-third') expect(ticks.length, name).toBeGreaterThan(1)
      if (ticks.length === 0) continue
      expect(ticks[0], name).toBe(0)
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0)
      expect(isNiceStep(step), `${name}: ${ticks.join('/')}`).toBe(true)
      ticks.forEach((tick, i) => expect(tick, name).toBeCloseTo(i * step, 6))
    }
  })

  test('end labels: apart, right of every line, inside the card', async () => {
    for (const { name, svg, shape, kind } of await cardsOf(season)) {
      const { width } = CARD_SIZES[shape]
      const labels = textsOf(svg).filter((t) => t.className === 'end-label')
      // Every line of a chart named at its end, no legend.
      if (kind === 'gap' && shape !== 'lower-third')
        expect(labels.length, name).toBe(svg.match(/<polyline /g)?.length ?? 0)
      const lines = Math.max(0, ...lineXs(svg))
      for (const [i, label] of labels.entries()) {
        expect(extentOf(label).left, `${name}: ${label.text}`).toBeGreaterThan(lines)
        expect(extentOf(label).right, `${name}: ${label.text}`).toBeLessThanOrEqual(width)
        for (const other of labels.slice(i + 1))
          expect(
            Math.abs(other.y - label.y),
            `${name}: ${label.text} / ${other.text}`,
          ).toBeGreaterThanOrEqual(label.size)
      }
    }
  })

  test('every word inside the title-safe area (a lower third in its band)', async () => {
    for (const { name, svg, shape } of await cardsOf(season)) {
      const { width, height } = CARD_SIZES[shape]
      const safe = titleSafe(width, height)
      const top = shape === 'lower-third' ? safe.bottom - 320 : safe.top
      for (const t of textsOf(svg)) {
        const { left, right } = extentOf(t)
        const what = `${name}: ${t.text}`
        expect(left, what).toBeGreaterThanOrEqual(safe.left)
        expect(right, what).toBeLessThanOrEqual(safe.right + 0.5)
        expect(t.y, what).toBeLessThanOrEqual(safe.bottom)
        expect(t.y - t.size * 0.72, what).toBeGreaterThanOrEqual(top)
      }
    }
  })
})
