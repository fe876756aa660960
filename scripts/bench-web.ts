/**
 * The dashboard's speed in a real browser (docs/performance.md#dashboard): first-load bytes
 * (entry script, its static imports and CSS, gzip), largest contentful paint on `vite preview`
 * in headless Chromium, and the time from a click to the next paint when switching championship
 * tab, view and race. Medians of several runs; the budgets are in the issue ("The dashboard").
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchChromium } from '../test/e2e/browser.ts'
import { addIndexSeries, serveBuild } from '../test/e2e/serve-build.ts'
import { generate } from './bench/generate-season.ts'
import { slowPhoneStandings } from './bench/slow-phone.ts'

/**
 * A 40-car-per-class season (three classes, 16 races, 4 left) added to the built site, to time
 * clicks with the title scenarios of a large field on screen.
 */
function addBenchSeason(outDir: string): void {
  const { seasonText, resultTexts } = generate({
    label: '',
    races: 16,
    cars: 120,
    runs: 1,
    evenClasses: true,
    withResults: 12,
  })
  const folder = join(outDir, 'data', 'bench', '2025')
  mkdirSync(join(folder, 'results'), { recursive: true })
  writeFileSync(join(folder, 'season.json'), seasonText)
  resultTexts.forEach((text, i) =>
    writeFileSync(join(folder, 'results', `r${String(i + 1).padStart(4, '0')}.json`), text),
  )
  addIndexSeries(outDir, {
    id: 'bench',
    name: 'Benchmark Cup',
    seasons: [{ season: 2025, path: 'bench/2025', source: 'official' }],
  })
}

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const median = (values: ReadonlyArray<number>) => {
  const sorted = values.toSorted((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const site = await serveBuild(addBenchSeason)
try {
  // First load: what index.html pulls in before any interaction.
  const html = await (await fetch(site.url)).text()
  const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  )
  let firstLoad = 0
  for (const asset of assets) {
    const body = Buffer.from(await (await fetch(new URL(asset, site.url))).arrayBuffer())
    firstLoad += gzipSync(body, { level: 9 }).length
  }
  firstLoad += gzipSync(Buffer.from(html), { level: 9 }).length
  const browser = await launchChromium()
  const lcp: Array<number> = []
  const switches: Record<string, Array<number>> = {
    'championship tab': [],
    'view tab': [],
    'previous race': [],
    '40 cars: championship tab': [],
    '40 cars: previous race': [],
    '40 cars: title scenarios in': [],
  }
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    await page.goto(new URL('?series=ccna&season=2023&champ=pro', site.url).href)
    await page.getByRole('table', { name: 'Pro standings' }).waitFor()
    lcp.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries()
              resolve(entries.at(-1)?.startTime ?? NaN)
            }).observe({ type: 'largest-contentful-paint', buffered: true })
          }),
      ),
    )
    for (const [label, name] of [
      ['championship tab', 'Pro-Am'],
      ['view tab', 'Results'],
      ['previous race', 'Previous race'],
    ] as const) {
      const elapsed = await page.evaluate(async (linkName) => {
        const link = [...document.querySelectorAll('a')].find(
          (a) => a.textContent === linkName || a.getAttribute('aria-label') === linkName,
        )
        if (link === undefined) return NaN
        const start = performance.now()
        link.click()
        // The next frame after the update has been painted.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        return performance.now() - start
      }, name)
      switches[label]?.push(elapsed)
    }
    // The 40-car season: clicks paint at once; the scenarios follow from the worker.
    await page.goto(new URL('?series=bench&season=2025&champ=pro', site.url).href)
    await page.getByRole('table', { name: 'Pro standings' }).waitFor()
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null)
    for (const [label, name] of [
      ['40 cars: championship tab', 'Pro-Am'],
      ['40 cars: previous race', 'Previous race'],
    ] as const) {
      const [paint, scenarios] = await page.evaluate(async (linkName) => {
        const link = [...document.querySelectorAll('a')].find(
          (a) => a.textContent === linkName || a.getAttribute('aria-label') === linkName,
        )
        if (link === undefined) return [NaN, NaN]
        const start = performance.now()
        link.click()
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        const painted = performance.now() - start
        while (document.querySelector('[aria-busy="true"]') !== null)
          await new Promise((resolve) => setTimeout(resolve, 2))
        return [painted, performance.now() - start]
      }, name)
      switches[label]?.push(paint)
      if (label === '40 cars: championship tab')
        switches['40 cars: title scenarios in']?.push(scenarios)
    }
    await context.close()
  }
  // A slow-4G phone: when the standings are on screen, and the code fetched by then.
  const phone: Array<{ readonly paintMs: number; readonly bytesBefore: number }> = []
  for (let run = 0; run < Math.min(RUNS, 3); run += 1)
    phone.push(
      await slowPhoneStandings(
        browser,
        new URL('?series=ccna&season=2023&champ=pro', site.url).href,
        'Pro standings',
      ),
    )
  await browser.close()
  const kb = (bytes: number) => (bytes / 1024).toFixed(1)
  console.log(
    `first load (html + entry + static imports + css, gzip): ${kb(firstLoad)} KB (budget 100 KB)`,
  )
  console.log(`  ${assets.map((asset) => asset.replace('assets/', '')).join(', ')}`)
  console.log(
    `largest contentful paint, median of ${RUNS}: ${median(lcp).toFixed(0)} ms (budget 1000 ms)`,
  )
  console.log(
    `slow-4G phone (150 ms, 1.6 Mbit/s, CPU ×4): standings on screen, median of ${phone.length}: ${median(phone.map((p) => p.paintMs)).toFixed(0)} ms (budget 2500 ms); code and style fetched by then ${kb(median(phone.map((p) => p.bytesBefore)))} KB`,
  )
  for (const [label, values] of Object.entries(switches))
    console.log(
      `${label} → next paint, median of ${RUNS}: ${median(values).toFixed(1)} ms (budget 50 ms)`,
    )
} finally {
  await site.close()
}
