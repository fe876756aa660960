import { z } from 'zod/mini'
import type { RaceResults, ResultRow } from '../engine/types.ts'
import {
  resultsSchema,
  rowFields,
  sourceSchema,
  updatedAtSchema,
  withFixedShape,
} from './results-schema.ts'
import { ID_PATTERN } from './id-pattern.ts'
import { LIMITS } from './season-schema.ts'

/** As the schema's `car`: 1 to 20 characters, no control characters, no noncharacters. */
const CAR_PATTERN = /^[^\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]{1,20}$/u

// Every key and enum value is read off the schema, which stays the one statement of the format.
const FILE_KEYS = new Set(Object.keys(resultsSchema.shape))
const ROW_KEYS = new Set(Object.keys(rowFields.shape))
const SOURCE_KEYS = new Set(Object.keys(sourceSchema.shape))
const RACE_STATUSES = resultsSchema.shape.status.options
const ROW_STATUSES = rowFields.shape.status.options
const SOURCE_KINDS = sourceSchema.shape.kind.options

/**
 * A result file in one tight pass (docs/performance.md#command-line-tool): the value, in the
 * results schema's own output shape, when the schema would accept it with no unknown field;
 * null for anything else, which then goes through the schema (results-schema.ts) for its faults
 * and warnings. It accepts nothing the schema would not (test/data/results-fast-path.test.ts):
 * the schema stays the one statement of what a result file is, this is only its fast lane.
 */
export function acceptResults(value: unknown): RaceResults | null {
  if (!isRecord(value) || !onlyKeys(value, FILE_KEYS)) return null
  const { format, race, status, updatedAt, rows, source, notes, vacant } = value
  // Rare (a place vacated after the race): the schema reads it.
  if (vacant !== undefined) return null
  if (format !== 'pitboard-results/1' || !isId(race)) return null
  const raceStatus = memberOf(RACE_STATUSES, status)
  if (raceStatus === undefined) return null
  if (
    updatedAt !== undefined &&
    (typeof updatedAt !== 'string' || !z.safeParse(updatedAtSchema, updatedAt).success)
  )
    return null
  if (!Array.isArray(rows) || rows.length > LIMITS.rows) return null
  const checked: Array<ResultRow> = []
  for (const row of rows) {
    const ok = acceptRow(row)
    if (ok === null) return null
    checked.push(ok)
  }
  const checkedSource = source === undefined ? undefined : acceptSource(source)
  if (checkedSource === null) return null
  const checkedNotes = notes === undefined ? undefined : isStrings(notes) ? notes : null
  if (checkedNotes === null) return null
  return {
    format,
    race,
    status: raceStatus,
    ...(typeof updatedAt === 'string' ? { updatedAt } : {}),
    rows: checked,
    ...(checkedSource === undefined ? {} : { source: checkedSource }),
    ...(checkedNotes === undefined ? {} : { notes: checkedNotes }),
  }
}

function acceptRow(row: unknown): ResultRow | null {
  if (!isRecord(row) || !onlyKeys(row, ROW_KEYS)) return null
  const { drivers, status, position, pole, fastestLap, penaltyPoints, noPoints } = row
  const car = canonicalCar(row.car)
  if (car === null) return null
  if (!Array.isArray(drivers) || drivers.length === 0) return null
  const ids = canonicalIds(drivers)
  if (ids === null) return null
  const team = canonicalId(row.team)
  const cls = canonicalId(row.class)
  if (team === null || cls === null) return null
  const rowStatus = memberOf(ROW_STATUSES, status)
  if (rowStatus === undefined) return null
  if (position !== undefined && !(Number.isSafeInteger(position) && Number(position) >= 1))
    return null
  if (pole !== undefined && typeof pole !== 'boolean') return null
  if (fastestLap !== undefined && typeof fastestLap !== 'boolean') return null
  if (noPoints !== undefined && typeof noPoints !== 'boolean') return null
  const guest = row.guest
  if (guest !== undefined && typeof guest !== 'boolean') return null
  // A guest with noPoints is a fault: the schema names it.
  if (guest === true && noPoints === true) return null
  // Shared cars of the 1950s and points given by an official sheet are rare: the schema reads them.
  if (row.shares !== undefined || row.fastestLapBy !== undefined || row.given !== undefined)
    return null
  if (
    penaltyPoints !== undefined &&
    !(typeof penaltyPoints === 'number' && penaltyPoints >= 0 && penaltyPoints <= LIMITS.points)
  )
    return null
  const { laps, time, bestLap, reason, reconstructed } = row
  if (reconstructed !== undefined && typeof reconstructed !== 'boolean') return null
  if (laps !== undefined && laps !== null && !(Number.isSafeInteger(laps) && Number(laps) >= 0))
    return null
  if (!isText(time) || !isText(bestLap) || !isText(reason)) return null
  const fields = {
    car,
    drivers: ids,
    team,
    class: cls,
    status: rowStatus,
    position: typeof position === 'number' ? position : undefined,
    pole: typeof pole === 'boolean' ? pole : undefined,
    fastestLap: typeof fastestLap === 'boolean' ? fastestLap : undefined,
    penaltyPoints: typeof penaltyPoints === 'number' ? penaltyPoints : undefined,
    noPoints: typeof noPoints === 'boolean' ? noPoints : undefined,
    guest: typeof guest === 'boolean' ? guest : undefined,
    shares: undefined,
    fastestLapBy: undefined,
    given: undefined,
    laps: typeof laps === 'number' ? laps : laps === null ? null : undefined,
    time: typeof time === 'string' ? time : time === null ? null : undefined,
    bestLap: typeof bestLap === 'string' ? bestLap : bestLap === null ? null : undefined,
    reason: typeof reason === 'string' ? reason : reason === null ? null : undefined,
    reconstructed: typeof reconstructed === 'boolean' ? reconstructed : undefined,
  }
  // A classified car needs its position, any other has none: as the schema's refinement says.
  if (fields.status === 'classified')
    return fields.position === undefined
      ? null
      : withFixedShape(fields, 'classified', fields.position)
  return fields.position === undefined ? withFixedShape(fields, fields.status, undefined) : null
}

/** The source note, or null when the schema would refuse it. */
function acceptSource(source: unknown): NonNullable<RaceResults['source']> | null {
  if (!isRecord(source) || !onlyKeys(source, SOURCE_KEYS)) return null
  const { note, urls } = source
  const kind = memberOf(SOURCE_KINDS, source.kind)
  if (kind === undefined) return null
  if (note !== undefined && typeof note !== 'string') return null
  if (urls !== undefined && !isStrings(urls)) return null
  return {
    kind,
    ...(typeof note === 'string' ? { note } : {}),
    ...(isStrings(urls) ? { urls } : {}),
  }
}

/** The value as one of the schema's enum values, or undefined when it is none of them. */
function memberOf<T extends string>(options: ReadonlyArray<T>, value: unknown): T | undefined {
  for (const option of options) if (option === value) return option
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function onlyKeys(value: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  for (const key in value) if (!known.has(key)) return false
  return true
}

/**
 * Strings already matched against a pattern, each kept as the first instance seen: a season
 * names the same few hundred drivers, teams and cars in every file, so each is tested once per
 * run, not once per row, and every row holds the one instance instead of its own copy (JSON.parse
 * makes a string per value). The copies die young: half a million rows no longer carry about
 * two million strings to the end of the run (docs/decisions/004-columnar-race-store.md). Bounded:
 * cleared when full, so a stream of distinct strings cannot grow it without end.
 */
function knownMatches(pattern: RegExp): (value: unknown) => string | null {
  const known = new Map<string, string>()
  return (value) => {
    if (typeof value !== 'string') return null
    const seen = known.get(value)
    if (seen !== undefined) return seen
    if (!pattern.test(value)) return null
    if (known.size >= 65_536) known.clear()
    known.set(value, value)
    return value
  }
}
const canonicalId = knownMatches(ID_PATTERN)
const canonicalCar = knownMatches(CAR_PATTERN)
/** A single driver's list, one per driver: most cars have one driver. */
const singleDrivers = new Map<string, ReadonlyArray<string>>()

function isId(value: unknown): value is string {
  return canonicalId(value) !== null
}

/** The drivers' ids as the kept instances, or null when one is not an id. */
function canonicalIds(values: ReadonlyArray<unknown>): ReadonlyArray<string> | null {
  if (values.length === 1) {
    const only = canonicalId(values[0])
    if (only === null) return null
    let list = singleDrivers.get(only)
    if (list === undefined) {
      if (singleDrivers.size >= 65_536) singleDrivers.clear()
      list = [only]
      singleDrivers.set(only, list)
    }
    return list
  }
  const ids: Array<string> = []
  for (const value of values) {
    const id = canonicalId(value)
    if (id === null) return null
    ids.push(id)
  }
  return ids
}

/** An optional text field: absent, null or a string. */
function isText(value: unknown): value is string | null | undefined {
  return value === undefined || value === null || typeof value === 'string'
}

function isStrings(value: unknown): value is ReadonlyArray<string> {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}
