import type { Marker } from '../../model/line-palette.ts'

interface DotProps {
  readonly cx?: number
  readonly cy?: number
  readonly stroke?: string
  readonly marker: Marker
}

/** A line's marker at each point: a different shape per line (model/line-palette.ts). */
export function MarkerDot({ cx, cy, stroke, marker }: DotProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy))
    return null
  const fill = stroke ?? 'currentColor'
  const r = 3.5
  switch (marker) {
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={fill} />
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`}
          fill={fill}
        />
      )
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}
          fill={fill}
        />
      )
    case 'cross':
    case 'star':
    case 'wye':
      return (
        <g stroke={fill} strokeWidth={2}>
          <line x1={cx - r} y1={cy - r} x2={cx + r} y2={cy + r} />
          <line x1={cx - r} y1={cy + r} x2={cx + r} y2={cy - r} />
          {marker !== 'cross' && <line x1={cx} y1={cy - r - 1} x2={cx} y2={cy + r + 1} />}
        </g>
      )
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} fill={fill} />
  }
}
