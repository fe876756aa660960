import { formatPoints } from '../../engine/countback.ts'
import type { StandingRow } from '../../engine/standings.ts'

interface Props {
  readonly caption: string
  readonly rows: ReadonlyArray<StandingRow>
}

/** One championship table: position, name, points and gaps (docs/scoring-rules.md#progression). */
export function StandingsTable({ caption, rows }: Props) {
  return (
    <div className="table-scroll">
      <table className="standings">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Pos</th>
            <th scope="col">Name</th>
            <th scope="col">Points</th>
            <th scope="col">Gap</th>
            <th scope="col">Wins</th>
            <th scope="col">Podiums</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              title={row.tieBreak === null ? undefined : `Level on ${formatPoints(row.points)}`}
            >
              <td>{row.position}</td>
              <th scope="row">{row.name}</th>
              <td>{formatPoints(row.points)}</td>
              <td>{row.gapToLeader === 0 ? '—' : `−${formatPoints(row.gapToLeader)}`}</td>
              <td>{row.stats.wins}</td>
              <td>{row.stats.podiums}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
