import { scrollHints } from '../ui/scroll-hints.ts'
import type { ChampionshipProgression } from '../engine/scoring/progression.ts'
import type { UrlStateApi } from './use-url-state.ts'
import type { View } from './url-state.ts'
import { VIEW_LABELS } from './view-names.ts'

/** Championship tabs (plus "All classes" when a season has several) and the view tabs. */
export function ViewTabs({
  championships,
  offersAll,
  champ,
  view,
  url,
}: {
  readonly championships: ReadonlyArray<ChampionshipProgression>
  readonly offersAll: boolean
  readonly champ: string
  readonly view: View
  readonly url: UrlStateApi
}) {
  const champs = [
    ...championships.map((p) => [p.championship.id, p.championship.name] as const),
    ...(offersAll ? [['all', 'All classes'] as const] : []),
  ]
  return (
    <div className="tabs-area">
      <nav className="tabs" aria-label="Championship" ref={scrollHints}>
        {champs.map(([id, name]) => (
          <a
            key={id}
            href={url.hrefFor({ champ: id, compare: [] })}
            data-nav
            aria-current={id === champ ? 'page' : undefined}
          >
            {name}
          </a>
        ))}
      </nav>
      <nav className="tabs views" aria-label="View" ref={scrollHints}>
        {VIEW_LABELS.map(([id, name]) => (
          <a
            key={id}
            href={url.hrefFor({ view: id })}
            data-nav
            aria-current={id === view ? 'page' : undefined}
          >
            {name}
          </a>
        ))}
      </nav>
    </div>
  )
}
