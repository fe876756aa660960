import { pickSeason, seasonParam, seriesParam } from './pick-season.ts'

/** Reads under way, by whole address (what early-read.ts takes), and when the chain is done. */
export interface EarlyReads {
  readonly reads: Record<string, Promise<Response>>
  readonly done: Promise<void>
}

/**
 * The first view's reads, started by index.html before the code has downloaded (bundled and
 * inlined by scripts/vite/early-reads.ts; docs/performance.md#dashboard): the season index, then
 * the season the address names (`pickSeason`, the app's own rule), its manifest, and once
 * season.json is in, its result files. On a slow phone this takes two round trips off the time to
 * the standings. Only files inside the season's folder are asked for; anything unexpected (a
 * failed read, a file that is not what it should be) ends the chain quietly, and the app reads
 * for itself. Nothing here is trusted: the app validates whatever it takes.
 */
export function startEarlyReads(
  pageHref: string,
  fetcher: (url: string) => Promise<Response>,
): EarlyReads {
  const reads: Record<string, Promise<Response>> = {}
  const read = (url: URL) => {
    const response = fetcher(url.href)
    reads[url.href] = response
    return response
  }
  // The body stays whole for the app: the chain reads a copy.
  const json = (response: Response): Promise<unknown> =>
    response.ok ? response.clone().json() : Promise.resolve(null)
  const data = new URL('data/', pageHref)
  const params = new URL(pageHref).searchParams
  const done = read(new URL('index.json', data))
    .then(json)
    .then((index) => {
      const listed = indexOf(index)
      const choice =
        listed === null
          ? null
          : pickSeason(listed, seriesParam(params.get('series')), seasonParam(params.get('season')))
      if (choice === null) return
      const folder = new URL(`${choice.season.path}/`, data)
      // As the app reads them (season-feed.ts): with a manifest, each listed result file at its
      // version (`?v=`); without one, every file as it is.
      const manifest = read(new URL('manifest.json', folder))
        .then(json)
        .catch(() => null)
      const seasonFile = read(new URL('season.json', folder)).then(json)
      return Promise.all([manifest, seasonFile]).then(([listing, value]) => {
        const versions = versionsOf(listing)
        for (const path of resultFiles(value)) {
          const url = new URL(path, folder)
          const version = versions?.get(path)
          if (!url.href.startsWith(folder.href) || version === null) continue
          read(
            version === undefined ? url : new URL(`${url.href}?v=${encodeURIComponent(version)}`),
          ).catch(() => undefined)
        }
      })
    })
    .catch(() => undefined)
  return { reads, done }
}

interface IndexSeries {
  readonly id: string
  readonly seasons: ReadonlyArray<{ readonly season: number; readonly path: string }>
}

/** The index's series, seasons and default as far as they are well-formed; null if none is. */
function indexOf(value: unknown): {
  readonly series: ReadonlyArray<IndexSeries>
  readonly default?: { readonly series: string; readonly season: number }
} | null {
  if (!isRecord(value) || !Array.isArray(value.series)) return null
  const series = value.series.flatMap((item: unknown): Array<IndexSeries> => {
    if (!isRecord(item) || typeof item.id !== 'string' || !Array.isArray(item.seasons)) return []
    const seasons = item.seasons.flatMap((s: unknown) =>
      isRecord(s) && typeof s.season === 'number' && typeof s.path === 'string'
        ? [{ season: s.season, path: s.path }]
        : [],
    )
    return [{ id: item.id, seasons }]
  })
  const fallback = value.default
  return isRecord(fallback) &&
    typeof fallback.series === 'string' &&
    typeof fallback.season === 'number'
    ? { series, default: { series: fallback.series, season: fallback.season } }
    : { series }
}

/**
 * The version of each file a manifest lists (pitboard-manifest/1): a map that answers null for a
 * file it does not list; null when there is no manifest (every file is then read as it is).
 */
function versionsOf(value: unknown): { readonly get: (path: string) => string | null } | null {
  if (!isRecord(value) || !isRecord(value.files)) return null
  const { files } = value
  return {
    get: (path) => {
      const entry = Object.hasOwn(files, path) ? files[path] : undefined
      return isRecord(entry) && typeof entry.version === 'string' ? entry.version : null
    },
  }
}

/** The result files a season.json lists (`rounds[].races[].results`). */
function resultFiles(value: unknown): ReadonlyArray<string> {
  if (!isRecord(value) || !Array.isArray(value.rounds)) return []
  return value.rounds.flatMap((round: unknown) =>
    isRecord(round) && Array.isArray(round.races)
      ? round.races.flatMap((race: unknown) =>
          isRecord(race) && typeof race.results === 'string' ? [race.results] : [],
        )
      : [],
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
