import { useId } from 'react'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { type ChartKind, type ChartLine } from '../../model/chart-lines.ts'
import { formatPoints, formatSignedGap } from '../../model/format-points.ts'
import { ordinal } from '../../model/ordinal.ts'
import { shortNameOf } from '../../model/short-name.ts'
import { textWidth } from '../../export/text-width.ts'
import { axisTicks, tickText } from './axis-ticks.ts'
import { EndLabels } from './end-labels.tsx'
import { MarkerDot } from './marker-dot.tsx'
import { lineStyle } from '../../model/line-palette.ts'

/** More lines than this and their end labels would crowd: the legend names them instead. */
const MOST_END_LABELS = 8

interface Props {
  readonly kind: ChartKind
  readonly lines: ReadonlyArray<ChartLine>
  readonly rows: ReadonlyArray<Readonly<Record<string, string | number | null>>>
  readonly styles: ReadonlyMap<string, ReturnType<typeof lineStyle>>
  readonly summary: string
  /** The value axis's words (chart-lines.ts `chartAxisLabel`). */
  readonly axisLabel: string
  /** Teams keep their whole name in labels. */
  readonly wholeNames: boolean
}

/**
 * One line chart (docs/dashboard.md#charts): the value axis from its zero baseline with nice
 * ticks, each line named at its end (a legend only when there are too many), the tooltip in table
 * order with values as the tables write them, and the summary in words.
 */
export function LineChartFigure({
  kind,
  lines,
  rows,
  styles,
  summary,
  axisLabel,
  wholeNames,
}: Props) {
  const summaryId = useId()
  const values = lines.flatMap((line) => line.values.filter((v) => v !== null))
  const ticks = axisTicks(kind, values)
  const labelled = lines.length <= MOST_END_LABELS
  const ends = lines.flatMap((line, index) => {
    const last = line.values.findLastIndex((v) => v !== null)
    const value = line.values[last]
    const x = rows[last]?.label
    if (value === null || value === undefined || typeof x !== 'string') return []
    const name = shortNameOf(line, wholeNames)
    const text =
      kind === 'position'
        ? `${name} ${ordinal(value)}`
        : kind === 'gap' && value === 0
          ? name
          : `${name} ${tickText(kind, value)}`
    return [{ id: line.id, text, color: (styles.get(line.id) ?? lineStyle(index)).color, x, value }]
  })
  // Room right of the plot for the longest end label (12 px, drawn 15 px past the line's end):
  // measured in the cards' Arial metrics, with a fifth more for wider system fonts (DejaVu Sans).
  const labelRoom = Math.ceil(Math.max(0, ...ends.map((end) => textWidth(end.text, 12))) * 1.2) + 24
  return (
    <figure className="chart" aria-describedby={summaryId}>
      <div className="chart-box">
        <ResponsiveContainer
          width="100%"
          height={360}
          initialDimension={{ width: 600, height: 360 }}
        >
          <LineChart
            data={[...rows]}
            margin={{ top: 12, right: labelled ? labelRoom : 16, bottom: 8, left: 8 }}
          >
            <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
            <XAxis dataKey="label" stroke="var(--muted)" tick={{ fontSize: 12 }} />
            <YAxis
              stroke="var(--muted)"
              tick={{ fontSize: 12 }}
              reversed={kind !== 'points'}
              allowDecimals={false}
              ticks={[...ticks]}
              interval={0}
              domain={[ticks[0] ?? 0, ticks.at(-1) ?? 0]}
              tickFormatter={(value: number) => tickText(kind, value)}
              width={48}
              label={{
                value: axisLabel,
                angle: -90,
                position: 'insideLeft',
                fill: 'var(--muted)',
                fontSize: 12,
                dy: 60,
              }}
            />
            {kind === 'gap' && <ReferenceLine y={0} stroke="var(--text)" strokeWidth={1.5} />}
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
            {!labelled && <Legend itemSorter={null} />}
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
            {labelled && <EndLabels labels={ends} />}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={summaryId} className="chart-summary">
        {summary}
      </figcaption>
    </figure>
  )
}
