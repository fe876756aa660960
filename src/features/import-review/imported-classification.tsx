import { useState } from 'react'
import type { ResultRow, RowStatus } from '../../engine/types.ts'
import { cappedList } from '../../model/capped-list.ts'
import { NumHeader } from '../../ui/num-header.tsx'

const STATUSES: ReadonlyArray<RowStatus> = ['classified', 'dnf', 'dns', 'dsq', 'nc']

/** Rows laid out at first: a real field fits; a 50,000-row file does not freeze the page. */
export const FIRST_ROWS = 200

interface Props {
  readonly rows: ReadonlyArray<ResultRow>
  /** A driver's name as the review shows it ("Jan Heylen", "Ofir Levy (new)"). */
  readonly label: (driver: string) => string
  readonly onStatus: (car: string, status: RowStatus) => void
  /** A car marked, or no longer marked, as driven by a guest (docs/data-format.md#a-guest). */
  readonly onGuest: (car: string, guest: boolean) => void
}

/**
 * The classification an import gives, each status confirmable (timing files call every starter
 * "Classified") and each car markable as a guest's (timing files do not say it). The first 200 cars at first, every car one click away: every car is imported
 * either way (docs/importing.md#in-the-browser).
 */
export function ImportedClassification({ rows, label, onStatus, onGuest }: Props) {
  const [all, setAll] = useState(false)
  const { shown, more } = all ? { shown: rows, more: 0 } : cappedList(rows, FIRST_ROWS)
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Imported classification">
        <table className="standings">
          <caption>Classification to import</caption>
          <thead>
            <tr>
              <NumHeader>Pos</NumHeader>
              <th scope="col">Car</th>
              <th scope="col">Class</th>
              <th scope="col" className="name-col">
                Drivers
              </th>
              <NumHeader>Laps</NumHeader>
              <th scope="col">Status</th>
              <th
                scope="col"
                title="A guest scores nothing: the next car of its class takes the place's points"
              >
                Guest
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.car}>
                <td className="num">{row.status === 'classified' ? row.position : ''}</td>
                <td>
                  #{row.car}
                  {row.pole ? ' P' : ''}
                  {row.fastestLap ? ' F' : ''}
                </td>
                <td>{row.class}</td>
                <th scope="row" className="name-col">
                  {row.drivers.map(label).join(', ')}
                </th>
                <td className="num">{row.laps ?? ''}</td>
                <td>
                  <select
                    aria-label={`Status of car ${row.car}`}
                    value={row.status}
                    onChange={(e) => {
                      const value = STATUSES.find((s) => s === e.currentTarget.value)
                      if (value !== undefined) onStatus(row.car, value)
                    }}
                  >
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    className="guest-box"
                    aria-label={`Car ${row.car} is driven by a guest (no points)`}
                    checked={row.guest === true}
                    onChange={(e) => onGuest(row.car, e.currentTarget.checked)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <p>
          The first {shown.length.toLocaleString('en')} of {rows.length.toLocaleString('en')} cars
          are shown; all are imported.{' '}
          <button type="button" onClick={() => setAll(true)}>
            Show all {rows.length.toLocaleString('en')} cars
          </button>
        </p>
      )}
    </>
  )
}
