import type { Driver, RaceResults, Team } from '../engine/types.ts'
import { readStored, type Damaged, type LocalImports } from './local-imports.ts'
import { backupKey, CHANGED, key, storage } from './local-imports-store.ts'

/** The texts set aside so far: a list of strings, or whatever else is there, kept too. */
function copiesIn(text: string | null): ReadonlyArray<unknown> {
  if (text === null) return []
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? value.map((item): unknown => item) : [text]
  } catch {
    return [text]
  }
}

/**
 * Keeps the imports in this browser; the reason in words when it cannot (storage refused or
 * full), so the reader keeps the review open and can download the file instead. Nothing is
 * written on a failure: what was kept before stays as it was. Damaged entries are written back
 * as they were; an unreadable text is copied aside before it is replaced.
 */
function write(
  path: string,
  value: Omit<LocalImports, 'problems'>,
  damaged: Damaged,
  replaced: string,
): string | null {
  const store = storage()
  if (store === null)
    return 'This browser does not let the site keep data (private browsing or a setting): download the result file instead.'
  try {
    if (damaged.text !== null) {
      const copies = copiesIn(store.getItem(backupKey(path)))
      if (!copies.includes(damaged.text))
        store.setItem(backupKey(path), JSON.stringify([...copies, damaged.text]))
    }
    const keptRaces = Object.fromEntries([...damaged.races].filter(([race]) => race !== replaced))
    if (value.races.size === 0 && Object.keys(keptRaces).length === 0) store.removeItem(key(path))
    else
      store.setItem(
        key(path),
        JSON.stringify({
          races: { ...keptRaces, ...Object.fromEntries(value.races) },
          drivers: [...value.drivers, ...damaged.drivers],
          teams: [...value.teams, ...damaged.teams],
        }),
      )
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError'
    return full
      ? "This browser's storage for the site is full: download the result file instead, or remove races kept earlier."
      : `The result could not be kept in this browser (${error instanceof Error ? error.message : String(error)}): download the result file instead.`
  }
  window.dispatchEvent(new Event(CHANGED))
  return null
}

export function saveLocalImport(
  path: string,
  race: string,
  imported: {
    readonly results: RaceResults
    readonly file: string
    readonly drivers: ReadonlyArray<Driver>
    readonly teams: ReadonlyArray<Team>
  },
): string | null {
  const current = readStored(path)
  const races = new Map(current.races)
  races.set(race, { results: imported.results, file: imported.file })
  const known = new Set(current.drivers.map((d) => d.id))
  const knownTeams = new Set(current.teams.map((t) => t.id))
  return write(
    path,
    {
      races,
      drivers: [...current.drivers, ...imported.drivers.filter((d) => !known.has(d.id))],
      teams: [...current.teams, ...imported.teams.filter((t) => !knownTeams.has(t.id))],
    },
    current.damaged,
    race,
  )
}

/** Removes one race; asked for by name, a damaged copy of it goes too. */
export function removeLocalImport(path: string, race: string): void {
  const current = readStored(path)
  const races = new Map(current.races)
  races.delete(race)
  write(path, { ...current, races }, current.damaged, race)
}
