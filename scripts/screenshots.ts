/**
 * Screenshots of every view, wide and phone-sized, light and dark, for looking at the dashboard
 * the way a person does: `npm run screenshots [-- out-folder]` (default test-results/screenshots).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from '../test/e2e/browser.ts'
import { serveBuild } from '../test/e2e/serve-build.ts'

const out = process.argv[2] ?? 'test-results/screenshots'
// `npm run screenshots -- <folder> <name,name…>`: only the pages named (all by default).
const only = process.argv[3]?.split(',') ?? null
const PAGES: ReadonlyArray<readonly [string, string]> = [
  ['standings', '?series=ccna&season=2023&champ=pro'],
  ['all-classes', '?series=ccna&season=2024&champ=all'],
  ['results', '?series=ccna&season=2023&champ=am&view=results'],
  ['chart', '?series=ccna&season=2023&champ=pro&view=chart&asOf=r08'],
  ['points', '?series=ccna&season=2023&champ=pro&view=chart&chart=points'],
  [
    'pair',
    '?series=ccna&season=2023&champ=pro&view=chart&chart=pair&compare=tom-sargent,will-martin&asOf=r08',
  ],
  [
    'pair-across-classes',
    '?series=ccna&season=2023&champ=all&view=chart&chart=pair&compare=riley-dickinson,efrin-castro',
  ],
  [
    'chart-across-classes',
    '?series=ccna&season=2023&champ=all&view=chart&compare=tom-sargent,efrin-castro&asOf=r06',
  ],
  ['bump', '?series=ccna&season=2024&champ=masters&view=chart&chart=position'],
  ['f1-chart', '?series=f1&season=2016&view=chart&compare=nico-rosberg,lewis-hamilton'],
  ['h2h', '?series=ccna&season=2023&champ=pro&view=h2h&compare=riley-dickinson,tom-sargent'],
  ['driver', '?series=ccna&season=2023&champ=pro-am&view=driver&driver=efrin-castro'],
  ['masters', '?series=ccna&season=2024&champ=masters'],
  ['f1', '?series=f1&season=2016&view=results'],
  ['booth', '?series=ccna&season=2023&champ=pro&view=booth&asOf=r11'],
  ['booth-present', '?series=ccna&season=2023&champ=pro&view=booth&asOf=r11&present=1'],
  ['booth-classes', '?series=ccna&season=2024&champ=all&view=booth&asOf=r14&present=1&top=4'],
  ['whatif', '?series=ccna&season=2023&champ=pro&view=whatif&whatif=r13:17pf.53.9'],
  ['permutations', '?series=f1&season=2022&view=permutations&asOf=r17'],
  ['permutations-ccna', '?series=ccna&season=2023&champ=pro&view=permutations&asOf=r11'],
  ['booth-permutations', '?series=f1&season=2022&view=booth&asOf=r17&present=1&board=permutations'],
  ['booth-teams', '?series=ccna&season=2023&champ=teams&view=booth&asOf=r01'],
  ['booth-1967-constructors', '?series=f1&season=1967&champ=constructors&view=booth'],
  ['permutations-2021', '?series=f1&season=2021&view=permutations&asOf=r21'],
  ['permutations-1952', '?series=f1&season=1952&view=permutations&asOf=r05'],
  ['permutations-1981', '?series=f1&season=1981&view=permutations&asOf=r14'],
  ['teams', '?series=f1&season=2016&champ=constructors&asOf=r16'],
  ['f1-2021', '?series=f1&season=2021'],
  ['f1-2021-results', '?series=f1&season=2021&view=results'],
  [
    'f1-2021-chart',
    '?series=f1&season=2021&view=chart&chart=pair&compare=max-verstappen,lewis-hamilton',
  ],
  ['f1-2000', '?series=f1&season=2000&champ=constructors'],
  ['f1-1988', '?series=f1&season=1988'],
  ['f1-1976-results', '?series=f1&season=1976&view=results'],
  ['f1-1954', '?series=f1&season=1954'],
  ['f1-1982-teams', '?series=f1&season=1982&champ=constructors'],
  ['mustang', '?series=mustang&season=2026&champ=dh'],
  ['mustang-results', '?series=mustang&season=2026&champ=dh&view=results'],
]
const SIZES = [
  ['wide', 1400, 1000],
  ['phone', 390, 844],
] as const

mkdirSync(out, { recursive: true })
const site = await serveBuild()
const browser = await launchChromium()
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [size, width, height] of SIZES) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme })
      const page = await context.newPage()
      for (const [name, query] of PAGES.filter(([name]) => only === null || only.includes(name))) {
        await page.goto(new URL(query, site.url).href)
        await page.locator('.view, .presentation').first().waitFor()
        // Lazy views show a skeleton first: wait until the view itself is there.
        await page.locator('.skeleton').waitFor({ state: 'detached' })
        // The title scenarios come from the scenario worker just after the table.
        await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null)
        if (query.includes('view=chart'))
          await page.locator('.recharts-line path').first().waitFor({ state: 'attached' })
        const file = join(out, `${name}-${size}-${scheme}.png`)
        await page.screenshot({ path: file, fullPage: size === 'phone' ? false : true })
        console.log(file)
      }
      await context.close()
    }
  }
} finally {
  await browser.close()
  await site.close()
}
