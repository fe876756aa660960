import { useId } from 'react'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { ChampionshipProgression } from '../../engine/progression.ts'
import type { PickedEntry } from '../../model/picked-entry.ts'
import type { Candidate } from '../../ui/candidate-groups.ts'
import { EntryPicker } from '../../ui/entry-picker.tsx'
import { LinesPicker } from './lines-picker.tsx'
import { chartLines, type ChartKind, type ChartView } from '../../model/chart-lines.ts'
import { pairGap } from '../../model/pair-gap.ts'
import { PairGapChart } from '../../ui/pair-gap-chart.tsx'
import { chartSummary } from '../../model/chart-summary.ts'
import { formatPoints, formatSignedGap } from '../../model/format-points.ts'
import { ordinal } from '../../model/ordinal.ts'
import { raceLabel } from '../../model/race-label.ts'
import { chartRows } from './chart-rows.ts'
import { MarkerDot } from './marker-dot.tsx'
import { lineStyle, stableStyles } from './palette.ts'

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
}

const KINDS: ReadonlyArray<readonly [ChartView, string]> = [
  ['gap', 'Gap to leader'],
  ['points', 'Points'],
  ['position', 'Position'],
  ['pair', 'Gap between two'],
]

const AXIS_LABEL: Readonly<Record<ChartKind, string>> = {
  gap: 'Points behind the leader',
  points: 'Points',
  position: 'Championship position',
}

/**
 * The season's shape: gap to the leader (the core chart), cumulative points, championship
 * position (bump chart), or the gap between the first two entries picked, after every race up to
 * the one shown; before or after drops.
 */
export default function Charts(props: ChartsViewProps) {
  const { progression, step } = props
  const summaryId = useId()
  const hasDrops = (progression.championship.drops?.worst ?? 0) > 0
  const beforeDrops = props.beforeDrops && hasDrops
  const [pickA, pickB] = props.picked
  const pair =
    props.kind === 'pair' && pickA !== undefined && pickB !== undefined
      ? pairGap(pickA, pickB, step, beforeDrops)
      : null
  // The line charts draw every entry picked; the pair chart is drawn from `pair`.
  const kind: ChartKind = props.kind === 'pair' ? 'gap' : props.kind
  const lines = chartLines(props.picked, kind, beforeDrops, step)
  const styles = stableStyles(
    lines.map((line) => line.id),
    props.styleOrder,
  )
  const steps = progression.steps.slice(0, step + 1)
  const labels = steps.map((race) => raceLabel(race.index))
  const rows = chartRows(labels, lines)
  const summary = chartSummary(
    kind,
    lines,
    steps.map((race) => race.index + 1),
  )
  const ids = props.picked.map((p) => p.id)
  const chosen = new Set(ids)
  const toggle = (id: string) =>
    props.onCompare(chosen.has(id) ? ids.filter((x) => x !== id) : [...ids, id])
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
        {hasDrops && props.kind !== 'position' && (
          <a
            className="toggle"
            href={props.dropsHref(!props.beforeDrops)}
            data-nav
            aria-pressed={props.beforeDrops}
          >
            {props.beforeDrops ? 'Showing points before drops' : 'Showing points after drops'}
          </a>
        )}
        {props.classPicker !== null && (
          <EntryPicker
            label="Class"
            value={props.classPicker.value}
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
      </div>
      {props.kind === 'pair' ? (
        pair === null ? (
          <p>Pick two drivers to chart the gap between them.</p>
        ) : (
          <PairGapChart pair={pair} />
        )
      ) : (
        <figure className="chart" aria-describedby={summaryId}>
          <div className="chart-box">
            <ResponsiveContainer
              width="100%"
              height={360}
              initialDimension={{ width: 600, height: 360 }}
            >
              <LineChart data={[...rows]} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
                <XAxis dataKey="label" stroke="var(--muted)" tick={{ fontSize: 12 }} />
                <YAxis
                  stroke="var(--muted)"
                  tick={{ fontSize: 12 }}
                  reversed={kind !== 'points'}
                  allowDecimals={false}
                  domain={kind === 'position' ? [1, 'dataMax'] : [0, 'auto']}
                  width={44}
                  label={{
                    value: AXIS_LABEL[kind],
                    angle: -90,
                    position: 'insideLeft',
                    fill: 'var(--muted)',
                    fontSize: 12,
                    dy: 60,
                  }}
                />
                <Tooltip
                  contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
                  // Names in the text colour (the line colours fail contrast as text), in the
                  // order of the table after that race, each value as the table writes it.
                  labelStyle={{ color: 'var(--text)' }}
                  itemStyle={{ color: 'var(--text)' }}
                  itemSorter={(item) => {
                    const value = typeof item.value === 'number' ? item.value : 0
                    return kind === 'points' ? -value : value
                  }}
                  formatter={(value) =>
                    typeof value !== 'number'
                      ? ''
                      : kind === 'gap'
                        ? formatSignedGap(value)
                        : kind === 'position'
                          ? ordinal(value)
                          : formatPoints(value)
                  }
                />
                <Legend itemSorter={null} />
                {lines.map((line, index) => {
                  const style = styles.get(line.id) ?? lineStyle(index)
                  return (
                    <Line
                      key={line.id}
                      type="linear"
                      dataKey={line.id}
                      name={line.name}
                      stroke={style.color}
                      strokeWidth={2}
                      strokeDasharray={style.dash}
                      dot={(dot) => (
                        <MarkerDot
                          key={`${line.id}-${String(dot.index)}`}
                          cx={dot.cx}
                          cy={dot.cy}
                          stroke={style.color}
                          marker={style.marker}
                        />
                      )}
                      isAnimationActive={false}
                      connectNulls
                    />
                  )
                })}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <figcaption id={summaryId} className="chart-summary">
            {summary}
          </figcaption>
        </figure>
      )}
    </section>
  )
}
