import { formatPoints } from '../engine/countback.ts'
import type { SeasonStandings } from '../engine/season-standings.ts'
import { standingsAt } from '../engine/standings.ts'
import type { CardInput } from '../export/broadcast-card.ts'
import { chartLines } from '../features/charts/chart-series.ts'
import { compareEntries } from '../features/head-to-head/compare-drivers.ts'
import { formatGap } from '../ui/format.ts'
import type { FocusScenarios } from './focus-scenarios.ts'
import type { LivePicture } from './live-picture.ts'
import type { Selection } from './resolve-selection.ts'

/** What a broadcast card shows, from the view on screen (docs/exporting.md#broadcast-graphics). */
export function cardInput(
  standings: SeasonStandings,
  selection: Selection,
  scenarios: FocusScenarios | null,
  live: LivePicture,
  source: string,
  transparent = false,
): CardInput | null {
  const { focus, step } = selection
  if (focus === null || step < 0) return null
  const after = standings.scored[step]?.race
  const rows = standingsAt(focus, step)
  const classId =
    focus.championship.classes?.length === 1 ? focus.championship.classes[0] : undefined
  const accent = standings.season.classes.find((c) => c.id === classId)?.color ?? '#0b57d0'
  const marking =
    live.imagined.length > 0
      ? 'hypothetical'
      : live.projecting
        ? 'live'
        : source === 'official'
          ? null
          : source
  const ids = selection.compare.slice(0, 5)
  const gapLines = chartLines(focus, ids, 'gap', false, step)
  const pair = compareEntries(focus, ids[0] ?? '', ids[1] ?? '', step)
  const outlook = scenarios?.outlook ?? null
  const leader = rows[0]?.name ?? ''
  const clinchText =
    outlook === null
      ? 'The title is decided.'
      : outlook.kind === 'can-clinch'
        ? outlook.sentence
        : outlook.kind === 'clinched'
          ? `${outlook.leader} has clinched the ${focus.championship.name} title.`
          : outlook.kind === 'decided-later'
            ? `${outlook.leader} cannot clinch the title in ${outlook.race}.`
            : 'No races left.'
  return {
    title: `${standings.season.series.name} ${standings.season.season} · ${focus.championship.name}`,
    subtitle:
      after === undefined
        ? ''
        : `${live.projecting ? 'As it stands' : 'Standings'} after R${after.index + 1} · ${after.round.name}`,
    marking,
    accent,
    standings: rows.map((row) => ({
      position: row.position,
      name: row.name,
      points: formatPoints(row.points),
      gap: formatGap(row.gapToLeader),
    })),
    gap: {
      labels: focus.steps.slice(0, step + 1).map((race) => `R${race.index + 1}`),
      lines: gapLines,
    },
    h2h:
      pair === null
        ? null
        : {
            a: pair.a.name,
            b: pair.b.name,
            rows: [
              ['Points', formatPoints(pair.a.points), formatPoints(pair.b.points)],
              ['Position', String(pair.a.position), String(pair.b.position)],
              ['Wins', String(pair.a.stats.wins), String(pair.b.stats.wins)],
              ['Podiums', String(pair.a.stats.podiums), String(pair.b.stats.podiums)],
              ['Poles', String(pair.a.stats.poles), String(pair.b.stats.poles)],
              ['Finished ahead', String(pair.aheadCount.a), String(pair.aheadCount.b)],
            ],
          },
    clinch: { leader, text: clinchText },
    transparent,
  }
}
