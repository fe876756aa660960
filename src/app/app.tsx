import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { formatFault } from '../data/fault.ts'
import { seasonQueries } from '../data/season-queries.ts'
import { computeSeasonStandings } from '../engine/season-standings.ts'
import { standingsAt } from '../engine/standings.ts'
import { StandingsTable } from '../features/standings/standings-table.tsx'

/** The page: the first season of the index, every championship after the latest race. */
export function App() {
  const index = useQuery(seasonQueries.index())
  if (index.isPending) return <p role="status">Loading seasons…</p>
  if (index.isError) return <p role="alert">{index.error.message}</p>
  const series = index.data.series[0]
  const season = series?.seasons[0]
  if (series === undefined || season === undefined)
    return <p role="alert">data/index.json lists no season</p>
  return (
    <main>
      <h1>
        {series.name} {season.season}
      </h1>
      <SeasonStandings path={season.path} />
    </main>
  )
}

function SeasonStandings({ path }: { readonly path: string }) {
  const check = useQuery(seasonQueries.season(path))
  const standings = useMemo(
    () => (check.data?.season ? computeSeasonStandings(check.data.season, check.data.files) : null),
    [check.data],
  )
  if (check.isPending) return <p role="status">Loading results…</p>
  if (check.isError) return <p role="alert">{check.error.message}</p>
  const last = standings === null ? -1 : standings.scored.length - 1
  return (
    <>
      {check.data.faults.length > 0 && (
        <ul role="alert" className="faults">
          {check.data.faults.map((fault) => (
            <li key={formatFault(fault)}>{formatFault(fault)}</li>
          ))}
        </ul>
      )}
      {standings !== null && last >= 0 && (
        <p>
          After {standings.scored[last]?.race.race.name}, {standings.scored[last]?.race.round.name}
        </p>
      )}
      {standings?.championships.map((progression) => (
        <StandingsTable
          key={progression.championship.id}
          caption={progression.championship.name}
          rows={standingsAt(progression, last)}
        />
      ))}
    </>
  )
}
