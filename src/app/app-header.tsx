import type { SeasonIndex } from '../data/season-index-schema.ts'
import type { SeasonChoice } from './choose-season.ts'
import { CopyLink } from './copy-link.tsx'
import { ThemeToggle } from './theme-toggle.tsx'
import type { UrlStateApi } from './use-url-state.ts'

interface Props {
  readonly index: SeasonIndex | null
  readonly choice: SeasonChoice | null
  readonly url: UrlStateApi
}

/** Brand, the series and season switcher (from data/index.json), copy link and the theme toggle. */
export function AppHeader({ index, choice, url }: Props) {
  const current = choice === null ? '' : `${choice.series.id}/${choice.season.season}`
  return (
    <header className="app-header">
      <a
        className="brand"
        href={url.hrefFor({
          series: null,
          season: null,
          champ: null,
          asOf: null,
          compare: [],
          driver: null,
        })}
        data-nav
      >
        Pitboard
      </a>
      {index !== null && (
        <label className="field season-picker">
          <span className="sr-only">Season</span>
          <select
            value={current}
            onChange={(event) => {
              const [series, season] = event.currentTarget.value.split('/')
              url.navigate(
                url.hrefFor({
                  series: series ?? null,
                  season: Number(season),
                  champ: null,
                  asOf: null,
                  compare: [],
                  driver: null,
                }),
              )
            }}
          >
            {index.series.map((series) => (
              <optgroup key={series.id} label={series.name}>
                {series.seasons.map((season) => (
                  <option key={season.path} value={`${series.id}/${season.season}`}>
                    {/* The year first: a phone's narrow select still shows which season. */}
                    {season.season} · {series.name}
                    {season.source === 'official' ? '' : ` (${season.source})`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      )}
      <CopyLink />
      <ThemeToggle />
    </header>
  )
}
