import { readFileSync, writeFileSync } from 'node:fs'

const INDEX = 'public/data/index.json'

interface IndexSeason {
  readonly season: number
  readonly path: string
  readonly source: string
  readonly about?: string
}
interface IndexSeries {
  readonly id: string
  readonly name: string
  readonly seasons: ReadonlyArray<IndexSeason>
}

/** Lists the shipped Formula One seasons in the site's index, newest first; other series kept. */
export function writeF1Index(years: ReadonlyArray<number>): void {
  const index = JSON.parse(readFileSync(INDEX, 'utf8')) as { series: Array<IndexSeries> }
  const seasons = [...years]
    .sort((a, b) => b - a)
    .map((season) => ({ season, path: `f1/${season}`, source: 'official', about: 'f1/README.md' }))
  const f1 = { id: 'f1', name: 'Formula One World Championship', seasons }
  const at = index.series.findIndex((s) => s.id === 'f1')
  if (at < 0) index.series.push(f1)
  else index.series[at] = f1
  writeFileSync(INDEX, `${JSON.stringify(index, null, 2)}\n`)
}
