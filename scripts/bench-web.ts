/**
 * The dashboard's speed in a real browser (docs/performance.md#dashboard): first-load bytes
 * (entry script, its static imports and CSS, gzip), largest contentful paint on `vite preview`
 * in headless Chromium, the time from a click to the next paint when switching championship
 * tab, view and race, and when a simulated slow-4G phone has the standings on screen. Medians of
 * several runs; the budgets are in issue 26.
 *
 * `BENCH_BASE=<commit>` also builds the site as it was at that commit (a git worktree) and
 * measures both in the same run, runs interleaved, side by side.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../test/e2e/browser.ts'
import { addIndexSeries, serveBuild, serveFolder, type BuiltSite } from '../test/e2e/serve-build.ts'
import { baseCheckout, type BaseCheckout } from './bench/base-checkout.ts'
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

/** Every figure's samples, by label, in the order they are printed. */
type Samples = Map<string, Array<number>>

function add(samples: Samples, label: string, value: number): void {
  const list = samples.get(label)
  if (list === undefined) samples.set(label, [value])
  else list.push(value)
}

/** First load: what index.html pulls in before any interaction, gzip. */
async function firstLoadOf(site: BuiltSite): Promise<number> {
  const html = await (await fetch(site.url)).text()
  const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  )
  let bytes = gzipSync(Buffer.from(html), { level: 9 }).length
  for (const asset of assets) {
    const body = Buffer.from(await (await fetch(new URL(asset, site.url))).arrayBuffer())
    bytes += gzipSync(body, { level: 9 }).length
  }
  return bytes
}

/**
 * Clicks the link named `linkName` and returns the milliseconds to the next painted frame, and
 * to when nothing on the page is busy any more (the scenarios, from the worker).
 */
const CLICK = async (linkName: string): Promise<[number, number]> => {
  const link = [...document.querySelectorAll('a')].find(
    (a) => a.textContent === linkName || a.getAttribute('aria-label') === linkName,
  )
  if (link === undefined) return [NaN, NaN]
  const start = performance.now()
  link.click()
  // The next frame after the update has been painted.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  const painted = performance.now() - start
  while (document.querySelector('[aria-busy="true"]') !== null)
    await new Promise((resolve) => setTimeout(resolve, 2))
  return [painted, performance.now() - start]
}

/** One run of every browser figure on `site`, added to `samples`. */
async function measureOnce(browser: Browser, site: BuiltSite, samples: Samples): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await page.goto(new URL('?series=ccna&season=2023&champ=pro', site.url).href)
  await page.getByRole('table', { name: 'Pro standings' }).waitFor()
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(list.getEntries().at(-1)?.startTime ?? NaN)
        }).observe({ type: 'largest-contentful-paint', buffered: true })
      }),
  )
  add(samples, 'largest contentful paint (budget 1000 ms)', lcp)
  for (const [label, name] of [
    ['championship tab', 'Pro-Am'],
    ['view tab', 'Results'],
    ['previous race', 'Previous race'],
  ] as const)
    add(samples, `${label} → next paint`, (await page.evaluate(CLICK, name))[0])
  // The 40-car season: clicks paint at once; the scenarios follow from the worker. A class
  // shown for the first time costs more (V8 compiles the table's code for its new rows, the
  // browser lays out names it has not shaped yet) than one seen before.
  await page.goto(new URL('?series=bench&season=2025&champ=pro', site.url).href)
  await page.getByRole('table', { name: 'Pro standings' }).waitFor()
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null)
  const [tab, scenarios] = await page.evaluate(CLICK, 'Pro-Am')
  add(samples, '40 cars: championship tab → next paint (budget 50 ms)', tab)
  add(samples, '40 cars: title scenarios in', scenarios)
  await page.evaluate(CLICK, 'Pro')
  add(
    samples,
    '40 cars: championship tab seen before → next paint',
    (await page.evaluate(CLICK, 'Pro-Am'))[0],
  )
  add(
    samples,
    '40 cars: previous race → next paint',
    (await page.evaluate(CLICK, 'Previous race'))[0],
  )
  // As a commentator does: a second on the race, then a class not shown yet. The other
  // championships' scenarios are worked out meanwhile (src/app/use-prefetch-scenarios.ts).
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null)
  await page.waitForTimeout(1000)
  const [settledTab, settledScenarios] = await page.evaluate(CLICK, 'Am')
  add(samples, '40 cars: a second on the race, a new tab → next paint', settledTab)
  add(samples, '40 cars: a second on the race, a new tab → title scenarios in', settledScenarios)
  await context.close()
}

/** The site as built at an older commit (`BENCH_BASE`), with the benchmark season added. */
async function baseSite(base: BaseCheckout): Promise<BuiltSite> {
  const outDir = join(base.root, 'bench-dist')
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], {
    cwd: base.root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  addBenchSeason(outDir)
  return serveFolder(outDir, base.remove)
}

const base = baseCheckout()
const sites: Array<{ readonly label: string; readonly site: BuiltSite }> = [
  { label: 'now', site: await serveBuild(addBenchSeason) },
]
if (base !== null) sites.push({ label: base.rev, site: await baseSite(base) })
try {
  const browser = await launchChromium()
  const results = sites.map(() => new Map<string, Array<number>>())
  // Runs interleaved, so that whatever else the machine does falls on both builds alike.
  for (let run = 0; run < RUNS; run += 1)
    for (const [i, { site }] of sites.entries()) await measureOnce(browser, site, results[i]!)
  for (let run = 0; run < Math.min(RUNS, 3); run += 1)
    for (const [i, { site }] of sites.entries()) {
      const url = new URL('?series=ccna&season=2023&champ=pro', site.url).href
      const phone = await slowPhoneStandings(browser, url, 'Pro standings')
      add(results[i]!, 'slow-4G phone: standings on screen (budget 2500 ms)', phone.paintMs)
      add(
        results[i]!,
        'slow-4G phone: code and style fetched by then (KB)',
        phone.bytesBefore / 1024,
      )
    }
  await browser.close()
  const loads = await Promise.all(sites.map(({ site }) => firstLoadOf(site)))
  const header = sites.map(({ label }) => label.padStart(9)).join('')
  console.log(
    `medians of ${RUNS} runs (the phone: of ${Math.min(RUNS, 3)})${' '.repeat(22)}${header}`,
  )
  const row = (label: string, values: ReadonlyArray<number>, digits: number) =>
    console.log(`${label.padEnd(64)}${values.map((v) => v.toFixed(digits).padStart(9)).join('')}`)
  row(
    'first load, gzip KB (budget 100 KB)',
    loads.map((bytes) => bytes / 1024),
    1,
  )
  for (const label of results[0]?.keys() ?? [])
    row(
      label,
      results.map((samples) => median(samples.get(label) ?? [])),
      label.includes('KB') ? 1 : 0,
    )
} finally {
  for (const { site } of sites) await site.close()
}
