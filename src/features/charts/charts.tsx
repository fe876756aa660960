import '../../ui/view-controls.css'
import '../../ui/pair-gap-chart.css'
import './charts.css'
import type { ChampionshipProgression } from '../../engine/scoring/progression.ts'
import type { ClassDef } from '../../engine/types.ts'
import { acrossChampionships, type PickedEntry } from '../../model/picked-entry.ts'
import { hasDrops } from '../../engine/scoring/drops.ts'
import type { Candidate } from '../../ui/candidate-groups.ts'
import { EntryPicker } from '../../ui/entry-picker.tsx'
import { PairPicker } from '../../ui/pair-picker.tsx'
import { LinesPicker } from './lines-picker.tsx'
import { PairChart } from './pair-chart.tsx'
import {
  chartAxisLabel,
  chartLines,
  type ChartKind,
  type ChartView,
} from '../../model/chart-lines.ts'
import { chartSummary } from '../../model/chart-summary.ts'
import { chartRows } from './chart-rows.ts'
import { LineChartFigure } from './line-chart-figure.tsx'
import { stableStyles } from '../../model/line-palette.ts'

export interface ChartsViewProps {
  readonly progression: ChampionshipProgression
  /** Progression step shown: the charts end after this race. */
  readonly step: number
  /** The entries to draw, each with the championship it scores in (several from All classes). */
  readonly picked: ReadonlyArray<PickedEntry>
  readonly kind: ChartView
  readonly beforeDrops: boolean
  /** Entries that can be picked, in standings order (grouped by class from All classes). */
  readonly candidates: ReadonlyArray<Candidate>
  /** Entry ids in the order that gives each its line style for the whole season. */
  readonly styleOrder: ReadonlyArray<string>
  /** From All classes: the class whose leaders to draw, said, never silently chosen. */
  readonly classPicker: {
    readonly options: ReadonlyArray<{ readonly id: string; readonly name: string }>
    readonly value: string
    readonly onPick: (id: string) => void
  } | null
  readonly kindHref: (kind: ChartView) => string
  readonly dropsHref: (beforeDrops: boolean) => string
  readonly onCompare: (ids: ReadonlyArray<string>) => void
  /** The season's classes: each of a pair shows its class badge in its colour. */
  readonly classes: ReadonlyArray<ClassDef>
}

const KINDS: ReadonlyArray<readonly [ChartView, string]> = [
  ['gap', 'Gap to leader'],
  ['points', 'Points'],
  ['position', 'Position'],
  ['pair', 'Gap between two'],
]

/**
 * The season's shape: gap to the leader (the core chart), cumulative points, championship
 * position (bump chart), or the gap between the first two entries picked, after every race up to
 * the one shown; before or after drops.
 */
export default function Charts(props: ChartsViewProps) {
  const { progression, step } = props
  const withDrops = hasDrops(progression.championship)
  const beforeDrops = props.beforeDrops && withDrops
  const teams = progression.championship.kind === 'teams'
  // The line charts draw every entry picked; the pair chart the first two (pair-chart.tsx).
  const kind: ChartKind = props.kind === 'pair' ? 'gap' : props.kind
  const lines = chartLines(props.picked, kind, beforeDrops, step)
  const styles = stableStyles(
    lines.map((line) => line.id),
    props.styleOrder,
  )
  const steps = progression.steps.slice(0, step + 1)
  const labels = steps.map((race) => race.label)
  const rows = chartRows(labels, lines)
  const across = acrossChampionships(props.picked)
  const summary = chartSummary(kind, lines, steps, across)
  const ids = props.picked.map((p) => p.id)
  const chosen = new Set(ids)
  const toggle = (id: string) =>
    props.onCompare(chosen.has(id) ? ids.filter((x) => x !== id) : [...ids, id])
  const [a, b] = ids
  return (
    <section className="charts" aria-label="Charts">
      <div className="toolbar">
        <nav className="segmented" aria-label="Chart">
          {KINDS.map(([value, label]) => (
            <a
              key={value}
              href={props.kindHref(value)}
              data-nav
              aria-current={value === props.kind ? 'page' : undefined}
            >
              {label}
            </a>
          ))}
        </nav>
        {withDrops && props.kind !== 'position' && (
          <a
            className="toggle"
            href={props.dropsHref(!props.beforeDrops)}
            data-nav
            aria-pressed={props.beforeDrops}
          >
            {props.beforeDrops ? 'Showing points before drops' : 'Showing points after drops'}
          </a>
        )}
        {props.kind === 'pair' ? (
          // A pair is picked as a pair, from every class at once: no class picker.
          <PairPicker
            candidates={props.candidates}
            value={a === undefined || b === undefined ? [] : [a, b]}
            onChange={(pair) => props.onCompare(pair)}
            teams={teams}
          />
        ) : (
          <>
            {props.classPicker !== null && (
              <EntryPicker
                label="Class"
                // Lines from several classes are not "Pro": the picker says so.
                value={across ? '' : props.classPicker.value}
                placeholder="Several classes"
                candidates={props.classPicker.options}
                onPick={props.classPicker.onPick}
              />
            )}
            <LinesPicker
              candidates={props.candidates}
              chosen={chosen}
              count={lines.length}
              onToggle={toggle}
            />
          </>
        )}
      </div>
      {props.kind === 'pair' ? (
        <PairChart
          picked={props.picked}
          step={step}
          beforeDrops={beforeDrops}
          classes={props.classes}
          noun={teams ? 'teams' : 'drivers'}
        />
      ) : (
        <LineChartFigure
          kind={kind}
          lines={lines}
          rows={rows}
          styles={styles}
          summary={summary}
          axisLabel={chartAxisLabel(kind, across)}
          wholeNames={progression.championship.kind === 'teams'}
        />
      )}
    </section>
  )
}
