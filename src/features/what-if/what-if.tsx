import './what-if.css'
import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import type { ImaginedRace } from '../../model/what-if.ts'
import type { WhatIfEntry } from '../../model/what-if-plan.ts'

/** An entry of the championship, with the car it last raced (shown, never used as a key). */
interface Props {
  /** Races that have no result yet (or are running), in calendar order. */
  readonly races: ReadonlyArray<CalendarRace>
  /** The championship's entries, in standings order: the default finishing order. */
  readonly entries: ReadonlyArray<WhatIfEntry>
  /** The imagined races, by entry. */
  readonly imagined: ReadonlyArray<ImaginedRace>
  /** Races running now, their entries in running order: the starting point ("if Sargent passes Dickinson"). */
  readonly runningOrders: ReadonlyMap<string, ReadonlyArray<string>>
  readonly onChange: (imagined: ReadonlyArray<ImaginedRace>) => void
}

function move<T>(list: ReadonlyArray<T>, from: number, to: number): Array<T> {
  const next = [...list]
  const [item] = next.splice(from, 1)
  if (item !== undefined) next.splice(Math.max(0, Math.min(next.length, to)), 0, item)
  return next
}

/**
 * Imagined results for the races still to run: reorder the finishing order (Win, ▲, ▼), pick
 * pole and fastest lap; every change is written to the URL, so a scenario can be shared. Entries
 * are named by id, so a reused car number or a driver change never mixes two drivers up.
 */
export function WhatIf({ races, entries, imagined, runningOrders, onChange }: Props) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  const update = (race: string, next: ImaginedRace | null) =>
    onChange([...imagined.filter((h) => h.race !== race), ...(next === null ? [] : [next])])
  if (races.length === 0)
    return <p>Every race of this championship has a result: nothing left to imagine.</p>
  return (
    <section className="whatif" aria-label="What if">
      <p className="muted">
        Imagine the races still to run: change the order, then read the standings, charts and title
        picture on every view. Nothing here is a result.
      </p>
      <div className="whatif-races">
        {races.map((race) => {
          const current = imagined.find((h) => h.race === race.race.id)
          const running = runningOrders.get(race.race.id)
          const order = current?.order ?? running ?? entries.map((entry) => entry.id)
          const set = (patch: Partial<ImaginedRace>) =>
            update(race.race.id, {
              by: 'entry',
              race: race.race.id,
              order,
              pole: current?.pole ?? null,
              fastestLap: current?.fastestLap ?? null,
              ...patch,
            })
          const label = `${race.label} ${race.round.name}`
          return (
            <fieldset key={race.race.id} className="whatif-race">
              <legend>
                {label}{' '}
                {current === undefined ? (
                  <span className="muted">(not imagined yet)</span>
                ) : (
                  <strong>imagined</strong>
                )}
              </legend>
              {current === undefined ? (
                <button type="button" onClick={() => set({})}>
                  Imagine {label}{' '}
                  {running === undefined ? 'in standings order' : 'from the running order'}
                </button>
              ) : (
                <button type="button" onClick={() => update(race.race.id, null)}>
                  Forget {label}
                </button>
              )}
              <ol>
                {order.map((id, i) => {
                  const entry = byId.get(id)
                  const name = entry?.name ?? id
                  return (
                    <li key={id}>
                      <span className="whatif-name">
                        {entry?.car == null ? '' : `#${entry.car} `}
                        {name}
                      </span>
                      <button
                        type="button"
                        aria-label={`${name} wins ${label}`}
                        onClick={() => set({ order: move(order, i, 0) })}
                        disabled={i === 0}
                      >
                        Win
                      </button>
                      <button
                        type="button"
                        aria-label={`${name} up one place in ${label}`}
                        onClick={() => set({ order: move(order, i, i - 1) })}
                        disabled={i === 0}
                      >
                        ▲
                      </button>
                      <button
                        type="button"
                        aria-label={`${name} down one place in ${label}`}
                        onClick={() => set({ order: move(order, i, i + 1) })}
                        disabled={i === order.length - 1}
                      >
                        ▼
                      </button>
                      <label>
                        <input
                          type="radio"
                          name={`pole-${race.race.id}`}
                          checked={current?.pole === id}
                          onChange={() => set({ pole: id })}
                        />{' '}
                        pole
                      </label>
                      <label>
                        <input
                          type="radio"
                          name={`fl-${race.race.id}`}
                          checked={current?.fastestLap === id}
                          onChange={() => set({ fastestLap: id })}
                        />{' '}
                        fastest lap
                      </label>
                    </li>
                  )
                })}
              </ol>
            </fieldset>
          )
        })}
      </div>
    </section>
  )
}
