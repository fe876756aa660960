import type { CalendarRace } from '../../engine/calendar.ts'
import type { ImaginedRace } from '../../engine/what-if.ts'

export interface WhatIfCar {
  readonly car: string
  readonly name: string
}

interface Props {
  /** Races that have no result yet (or are running), in calendar order. */
  readonly races: ReadonlyArray<CalendarRace>
  /** The championship's cars, in standings order: the default finishing order. */
  readonly cars: ReadonlyArray<WhatIfCar>
  readonly imagined: ReadonlyArray<ImaginedRace>
  /** Races running now: their current order is the starting point ("if Sargent passes Dickinson"). */
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
 * pole and fastest lap; every change is written to the URL, so a scenario can be shared.
 */
export function WhatIfEditor({ races, cars, imagined, runningOrders, onChange }: Props) {
  const names = new Map(cars.map((c) => [c.car, c.name]))
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
          const order = current?.order ?? running ?? cars.map((c) => c.car)
          const set = (patch: Partial<ImaginedRace>) =>
            update(race.race.id, {
              race: race.race.id,
              order,
              pole: current?.pole ?? null,
              fastestLap: current?.fastestLap ?? null,
              ...patch,
            })
          const label = `R${race.index + 1} ${race.round.name}`
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
                {order.map((car, i) => {
                  const name = names.get(car) ?? `#${car}`
                  return (
                    <li key={car}>
                      <span className="whatif-name">
                        #{car} {name}
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
                          checked={current?.pole === car}
                          onChange={() => set({ pole: car })}
                        />{' '}
                        pole
                      </label>
                      <label>
                        <input
                          type="radio"
                          name={`fl-${race.race.id}`}
                          checked={current?.fastestLap === car}
                          onChange={() => set({ fastestLap: car })}
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
