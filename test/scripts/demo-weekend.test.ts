import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { startDemoWeekend, type DemoWeekend } from '../../scripts/live/demo-weekend.ts'
import type { RaceResults } from '../../src/engine/types.ts'

/**
 * The live demo's weekend without a browser: a site folder with no build in it (only its data is
 * served here), stepped by hand through every phase of race 11 via `pitboard watch`.
 */
const site = mkdtempSync(join(tmpdir(), 'pitboard-weekend-'))
const log: Array<string> = []
let weekend: DemoWeekend

beforeAll(async () => {
  weekend = await startDemoWeekend({
    manual: true,
    siteDir: site,
    pollMs: 25,
    log: (line) => log.push(line),
  })
})
afterAll(async () => {
  await weekend.close()
  rmSync(site, { recursive: true, force: true })
})

const get = async (path: string) => {
  const response = await fetch(`${weekend.url}data/ccna/2023/${path}`)
  return { status: response.status, text: await response.text() }
}
const race11 = async () => JSON.parse((await get('results/r11.json')).text) as RaceResults
const version = async () =>
  (JSON.parse((await get('manifest.json')).text) as { files: Record<string, { version: string }> })
    .files['results/r11.json']?.version

test('race 11 goes scheduled → 8 running orders → provisional → official, each in the manifest', async () => {
  expect(weekend.phase()).toBe('scheduled')
  expect((await race11()).status).toBe('scheduled')
  expect((await get('results/r12.json')).status).toBe(404)
  const seen = new Set([await version()])
  for (let step = 1; step <= 8; step += 1) {
    await weekend.next()
    expect(weekend.phase()).toBe(`live ${step}/8`)
    expect((await race11()).status).toBe('live')
    seen.add(await version())
  }
  await weekend.next()
  expect(weekend.phase()).toBe('provisional')
  const provisional = await race11()
  expect([provisional.status, provisional.rows[1]?.car]).toEqual(['provisional', '20'])
  await weekend.next()
  expect(weekend.phase()).toBe('official')
  const official = await race11()
  seen.add(await version())
  expect(seen.size).toBe(10)
  const shipped = JSON.parse(
    readFileSync('public/data/ccna/2023/results/r11.json', 'utf8'),
  ) as RaceResults
  const place = (r: RaceResults) =>
    r.rows.map((row) => [
      row.car,
      row.status,
      row.position,
      row.pole === true,
      row.fastestLap === true,
    ])
  expect(place(official)).toEqual(place(shipped))
  expect([official.status, official.notes]).toEqual(['official', shipped.notes])
  expect(log.filter((line) => line.includes('R11_Race_Official.CSV'))).toEqual([
    expect.stringContaining('provisional → official; car 20 2nd → 9th;'),
  ])
  // Past the last phase nothing more happens.
  await weekend.next()
  expect(weekend.phase()).toBe('official')
})

test('a hung data server answers nothing until the failure is switched off', async () => {
  weekend.server.setFailure('hang')
  const manifest = (path: string) => path.endsWith('manifest.json')
  const arrived = weekend.server.arrivals().filter(manifest).length
  const answers = weekend.server.requests().filter(({ path }) => manifest(path)).length
  let answered = false
  const pending = get('manifest.json').then((response) => {
    answered = true
    return response
  })
  // Held: it reached the server, which has not answered it.
  await vi.waitFor(
    () => expect(weekend.server.arrivals().filter(manifest)).toHaveLength(arrived + 1),
    { timeout: 10_000 },
  )
  expect(weekend.server.requests().filter(({ path }) => manifest(path))).toHaveLength(answers)
  expect(answered).toBe(false)
  weekend.server.setFailure('none')
  expect((await pending).status).toBe(200)
})
