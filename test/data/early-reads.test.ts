import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { chooseSeason } from '../../src/app/choose-season.ts'
import { parseUrlState } from '../../src/app/url-state.ts'
import { startEarlyReads } from '../../src/data/early-reads.ts'
import { seasonIndexSchema } from '../../src/data/season-index-schema.ts'
import { checkSchema } from '../../src/data/check-schema.ts'

const SITE = 'https://pitboard.example/app/'

const index = {
  format: 'pitboard-index/1',
  series: [
    {
      id: 'ccna',
      name: 'Carrera Cup',
      seasons: [
        { season: 2024, path: 'ccna/2024', source: 'official' },
        { season: 2023, path: 'ccna/2023', source: 'official' },
      ],
    },
    { id: 'f1', name: 'F1', seasons: [{ season: 1967, path: 'f1/1967', source: 'official' }] },
  ],
  default: { series: 'ccna', season: 2023 },
}

const season = (results: ReadonlyArray<string>) => ({
  rounds: [{ round: 1, races: results.map((path, i) => ({ id: `r${i + 1}`, results: path })) }],
})

/** A site of JSON files by path under data/ (a missing one answers 404), and what was asked. */
function site(files: Readonly<Record<string, unknown>>) {
  const asked: Array<string> = []
  const fetcher = (url: string) => {
    asked.push(url)
    const path = url.slice(`${SITE}data/`.length)
    const body = files[path]
    return Promise.resolve(
      body === undefined
        ? new Response('not found', { status: 404 })
        : new Response(typeof body === 'string' ? body : JSON.stringify(body)),
    )
  }
  return { asked, fetcher }
}

test('the season the address names, its manifest and each listed result file at its version', async () => {
  const { asked, fetcher } = site({
    'index.json': index,
    'ccna/2024/manifest.json': {
      files: { 'results/r01.json': { version: 'a1' }, 'results/r02.json': { version: 'b 2' } },
    },
    'ccna/2024/season.json': season(['results/r01.json', 'results/r02.json', 'results/r03.json']),
  })
  const { reads, done } = startEarlyReads(`${SITE}?series=ccna&season=2024&view=h2h`, fetcher)
  await done
  expect(Object.keys(reads).toSorted()).toEqual([
    `${SITE}data/ccna/2024/manifest.json`,
    `${SITE}data/ccna/2024/results/r01.json?v=a1`,
    // As season-feed.ts asks for it: the version URI-encoded.
    `${SITE}data/ccna/2024/results/r02.json?v=b%202`,
    `${SITE}data/ccna/2024/season.json`,
    `${SITE}data/index.json`,
  ])
  // r03 is not in the manifest: the app reads it as missing, so it is not asked for.
  expect(asked).toHaveLength(5)
})

test('without a manifest every result file is read as it is; the bodies stay whole for the app', async () => {
  const { fetcher } = site({
    'index.json': index,
    'ccna/2023/season.json': season(['results/r01.json']),
    'ccna/2023/results/r01.json': { rows: [] },
  })
  const { reads, done } = startEarlyReads(SITE, fetcher)
  await done
  expect(Object.keys(reads)).toContain(`${SITE}data/ccna/2023/results/r01.json`)
  expect(await (await reads[`${SITE}data/index.json`])?.json()).toEqual(index)
  expect(await (await reads[`${SITE}data/ccna/2023/season.json`])?.json()).toEqual(
    season(['results/r01.json']),
  )
})

test('a result path outside the season folder is never asked for', async () => {
  const { asked, fetcher } = site({
    'index.json': index,
    'ccna/2023/season.json': season(['../../secret.json', 'https://elsewhere.example/x.json']),
  })
  await startEarlyReads(SITE, fetcher).done
  expect(
    asked.filter((url) => !url.includes('/ccna/2023/') && !url.endsWith('index.json')),
  ).toEqual([])
})

test('an index that is not what it should be ends the chain quietly: the app reads for itself', async () => {
  for (const body of ['{ not json', { series: 'none' }, null]) {
    const { asked, fetcher } = site(body === null ? {} : { 'index.json': body })
    const { reads, done } = startEarlyReads(SITE, fetcher)
    await expect(done).resolves.toBeUndefined()
    expect(Object.keys(reads)).toEqual([`${SITE}data/index.json`])
    expect(asked).toHaveLength(1)
  }
})

test('bug: a series that is not an id made the early reads ask for the default season, where the app looks the season up in the default series', async () => {
  const { asked, fetcher } = site({ 'index.json': index })
  await startEarlyReads(`${SITE}?series=%20&season=2024`, fetcher).done
  expect(asked).toContain(`${SITE}data/ccna/2024/season.json`)
})

test('it picks the season the app picks, for any address (one rule: data/pick-season.ts)', async () => {
  const shipped = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as unknown
  const checked = checkSchema('index.json', shipped, seasonIndexSchema)
  if (!checked.ok) throw new Error('the shipped index does not validate')
  const choices = checked.value.series.flatMap((s) => s.seasons.map((x) => [s.id, x.season]))
  await fc.assert(
    fc.asyncProperty(
      fc.option(
        fc.oneof(
          fc.constantFrom(...choices.map(([id]) => String(id))),
          // Not ids (id-pattern.ts): the address parser drops them.
          fc.constantFrom('', ' ', 'ccna ', 'f1,ccna', '\u0007'),
          fc.string(),
        ),
        {
          nil: undefined,
        },
      ),
      fc.option(
        fc.oneof(
          fc.constantFrom(...choices.map(([, n]) => String(n))),
          // Near misses the address parser refuses (url-state.ts): the default is used.
          fc.constantFrom(...choices.flatMap(([, n]) => [` ${n}`, `${n}.0`, `0${n}`, `${n}e0`])),
          fc.string(),
        ),
        {
          nil: undefined,
        },
      ),
      async (series, season) => {
        const params = new URLSearchParams()
        if (series !== undefined) params.set('series', series)
        if (season !== undefined) params.set('season', season)
        const search = params.size === 0 ? '' : `?${params}`
        const app = chooseSeason(checked.value, parseUrlState(search))
        const { asked, fetcher } = site({ 'index.json': shipped })
        await startEarlyReads(`${SITE}${search}`, fetcher).done
        const early = asked.find((url) => url.endsWith('/season.json'))
        expect(early).toBe(app === null ? undefined : `${SITE}data/${app.season.path}/season.json`)
      },
    ),
    { numRuns: 200 },
  )
})
