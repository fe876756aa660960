import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'
import { spreadLabels } from '../../model/spread-labels.ts'

export interface EndLabel {
  readonly id: string
  readonly text: string
  readonly color: string
  /** The x category (race label) and value of the line's last point. */
  readonly x: string
  readonly value: number
}

/** Rows of label text: 12 px type and room to breathe. */
const LINE_GAP = 15

/**
 * Each line named at its end (docs/dashboard.md#charts), so no one matches colours to a legend:
 * the name in the text colour (the line colours fail contrast as text), joined to its line's end
 * by a short stroke in the line's colour; labels that would collide are spread apart.
 */
export function EndLabels({ labels }: { readonly labels: ReadonlyArray<EndLabel> }) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const area = usePlotArea()
  if (xScale === undefined || yScale === undefined || area === undefined) return null
  const points = labels.flatMap((label) => {
    const x = xScale(label.x)
    const y = yScale(label.value)
    return x === undefined || y === undefined ? [] : [{ label, x, y }]
  })
  const placed = spreadLabels(
    points.map(({ label, y }) => ({ id: label.id, y })),
    LINE_GAP,
    area.y + 6,
    area.y + area.height - 6,
  )
  return (
    <g className="end-labels" aria-hidden="true">
      {points.map(({ label, x, y }) => {
        const at = placed.get(label.id) ?? y
        return (
          <g key={label.id}>
            <path
              d={`M${x + 4},${y} L${x + 12},${at}`}
              stroke={label.color}
              strokeWidth={1.5}
              fill="none"
            />
            <text x={x + 15} y={at} dy="0.35em" fontSize={12} fill="var(--text)">
              {label.text}
            </text>
          </g>
        )
      })}
    </g>
  )
}
