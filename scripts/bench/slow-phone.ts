import type { Browser } from 'playwright-core'

/**
 * A phone on a slow 4G network, as Lighthouse's mobile profile simulates it: 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up, the CPU four times slower, a 390 × 844 screen. Returns how long
 * after navigation the standings table is on screen, and the bytes of code and style (files under
 * assets/, as sent) fetched by then: what the first view really needed.
 */
export async function slowPhoneStandings(
  browser: Browser,
  url: string,
  tableName: string,
): Promise<{ readonly paintMs: number; readonly bytesBefore: number }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  // Code and style: every file under assets/ (scripts, the worker, CSS), not the season's data.
  const sizes = new Map<string, number>()
  const code = new Set<string>()
  cdp.on('Network.requestWillBeSent', (event) => {
    if (new URL(event.request.url).pathname.includes('/assets/')) code.add(event.requestId)
  })
  cdp.on('Network.loadingFinished', (event) => {
    if (code.has(event.requestId)) sizes.set(event.requestId, event.encodedDataLength)
  })
  // When the table's caption first appears, by the page's own clock (from navigation start).
  // No named function inside: tsx would wrap it in a helper the page does not have.
  await page.addInitScript((name: string) => {
    new MutationObserver((_, observer) => {
      if (![...document.querySelectorAll('caption')].some((c) => c.textContent === name)) return
      Reflect.set(window, '__standingsAt', performance.now())
      observer.disconnect()
    }).observe(document, { childList: true, characterData: true, subtree: true })
  }, tableName)
  await page.goto(url)
  // Polled from here: Playwright's own in-page polling stalls under CPU throttling.
  let paintMs = NaN
  for (let waited = 0; Number.isNaN(paintMs) && waited < 60_000; waited += 100) {
    await page.waitForTimeout(100)
    const at = await page.evaluate((): unknown => Reflect.get(window, '__standingsAt'))
    if (typeof at === 'number') paintMs = at
  }
  if (Number.isNaN(paintMs)) throw new Error(`${url}: no "${tableName}" table within 60 s`)
  const bytesBefore = [...sizes.values()].reduce((sum, n) => sum + n, 0)
  await context.close()
  return { paintMs, bytesBefore }
}
