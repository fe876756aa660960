import './pair-gap-chart.css'
import { useId } from 'react'
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatPoints, leaderAndGap, pairGapText } from '../model/format-points.ts'
import { lineStyle } from '../model/line-palette.ts'
import { niceTicks } from '../model/nice-ticks.ts'
import { pairGapSummary, type PairGap } from '../model/pair-gap.ts'
import { shortNameOf } from '../model/short-name.ts'

const COLOR_A = lineStyle(0).color
const COLOR_B = lineStyle(1).color
/** The shading: above the zero line in the first entry's colour, below in the second's. */
const AREAS: ReadonlyArray<readonly ['a' | 'b', string]> = [
  ['a', COLOR_A],
  ['b', COLOR_B],
]

/**
 * The gap between two entries after every race around a zero line (docs/dashboard.md#charts):
 * above it the first is ahead, below it the second; the area is shaded in the colour of whoever
 * leads, every lead change is marked and named, the largest gap labelled, and the summary says
 * it all in words.
 */
export function PairGapChart({ pair }: { readonly pair: PairGap }) {
  const summaryId = useId()
  const nameA = shortNameOf(pair.a)
  const nameB = shortNameOf(pair.b)
  const labelOf = new Map(pair.points.map((p) => [p.race, p.label]))
  const rows = pair.points.map(({ label, gap }) => ({
    label,
    gap,
    a: gap === null ? null : Math.max(gap, 0),
    b: gap === null ? null : Math.min(gap, 0),
  }))
  const gaps = pair.points.flatMap((p) => (p.gap === null ? [] : [p.gap]))
  const ticks = niceTicks(Math.min(...gaps, 0), Math.max(...gaps, 0))
  const end = pair.points.findLast((p) => p.gap !== null)
  const endText = end === undefined || end.gap === null ? '' : leaderAndGap(end.gap, nameA, nameB)
  return (
    <figure className="chart pair-chart" aria-describedby={summaryId}>
      <p className="pair-key" aria-hidden="true">
        <span className="swatch" style={{ background: COLOR_A }} /> above 0: {nameA} ahead{' '}
        <span className="swatch" style={{ background: COLOR_B }} /> below 0: {nameB} ahead
      </p>
      <div className="chart-box">
        <ResponsiveContainer
          width="100%"
          height={320}
          initialDimension={{ width: 600, height: 320 }}
        >
          <ComposedChart
            data={rows}
            // Room right of the last race for the end label (12 px bold: about 7.5 px a letter).
            margin={{ top: 20, right: Math.max(24, endText.length * 7.5 + 14), bottom: 8, left: 8 }}
          >
            <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
            <XAxis dataKey="label" stroke="var(--muted)" tick={{ fontSize: 12 }} />
            <YAxis
              stroke="var(--muted)"
              tick={{ fontSize: 12 }}
              allowDecimals={false}
              width={48}
              tickFormatter={(value: number) => pairGapText(value)}
              ticks={[...ticks]}
              domain={[ticks[0] ?? 0, ticks.at(-1) ?? 0]}
            />
            <ReferenceLine y={0} stroke="var(--text)" strokeWidth={1.5} />
            {AREAS.map(([key, color]) => (
              <Area
                key={key}
                dataKey={key}
                stroke="none"
                fill={color}
                fillOpacity={0.25}
                // The shaded areas repeat the line: the tooltip shows the gap alone.
                tooltipType="none"
                isAnimationActive={false}
                connectNulls
              />
            ))}
            <Line
              dataKey="gap"
              name={`${nameA} − ${nameB}`}
              stroke="var(--text)"
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
              connectNulls
            />
            {pair.leadChanges.map((change) => (
              <ReferenceDot
                key={change.race}
                x={labelOf.get(change.race)}
                y={pair.points.find((p) => p.race === change.race)?.gap ?? 0}
                r={6}
                fill="var(--surface)"
                stroke="var(--text)"
                label={{
                  value:
                    change.leader === 'level'
                      ? 'level'
                      : `${change.leader === 'a' ? nameA : nameB} ahead`,
                  // Above the line where the first takes the lead, below where the second does.
                  position: change.leader === 'b' ? 'bottom' : 'top',
                  fill: 'var(--text)',
                  fontSize: 12,
                }}
              />
            ))}
            {pair.largest !== null && pair.largest.gap !== 0 && pair.largest.race !== end?.race && (
              // The end label already says it when the largest gap is the last one.
              <ReferenceDot
                x={labelOf.get(pair.largest.race)}
                y={pair.largest.gap}
                r={0}
                label={{
                  value: `${formatPoints(Math.abs(pair.largest.gap))} (largest)`,
                  position: pair.largest.gap > 0 ? 'top' : 'bottom',
                  fill: 'var(--text)',
                  fontSize: 12,
                }}
              />
            )}
            {end !== undefined && end.gap !== null && (
              // The line labelled at its end: who is ahead now, and by how much.
              <ReferenceDot
                x={labelOf.get(end.race)}
                y={end.gap}
                r={0}
                label={{
                  value: endText,
                  // Right of the last race, past the line's end: never on the line.
                  position: 'right',
                  offset: 8,
                  fill: 'var(--text)',
                  fontSize: 12,
                  fontWeight: 700,
                }}
              />
            )}
            <Tooltip
              contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
              labelStyle={{ color: 'var(--text)' }}
              itemStyle={{ color: 'var(--text)' }}
              formatter={(value) => {
                const gap = typeof value === 'number' ? value : 0
                return [leaderAndGap(gap, nameA, nameB), 'Gap']
              }}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={summaryId} className="chart-summary">
        {pairGapSummary(pair)}
      </figcaption>
    </figure>
  )
}
