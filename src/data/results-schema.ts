import { z } from 'zod/mini'
import type { RaceResults, ResultRow } from '../engine/types.ts'
import { bounded, idSchema, LIMITS } from './season-schema.ts'

export const rowFields = z.object({
  // Up to 20 printable characters (no noncharacters: they break SVG): a car number, never a
  // place for terminal escapes.
  car: z.string().check(
    z.regex(/^[^\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]{1,20}$/u, {
      error: 'expected the car number as text of up to 20 characters, like "07"',
    }),
  ),
  drivers: z.array(idSchema).check(z.minLength(1, { error: 'a car needs at least one driver' })),
  team: idSchema,
  class: idSchema,
  status: z.enum(['classified', 'dnf', 'dns', 'dsq', 'nc']),
  position: z.optional(z.int().check(z.minimum(1))),
  pole: z.optional(z.boolean()),
  fastestLap: z.optional(z.boolean()),
  penaltyPoints: z.optional(bounded(0, LIMITS.points, 'penalty points')),
  noPoints: z.optional(z.boolean()),
  guest: z.optional(z.boolean()),
  shares: z.optional(z.array(bounded(0, 1, 'a share'))),
  fastestLapBy: z.optional(idSchema),
  // Points an official sheet gives, not computed (docs/data-format.md#given-points).
  given: z.optional(
    z.object({
      race: bounded(0, LIMITS.points, 'points'),
      pole: z.optional(bounded(0, LIMITS.points, 'points')),
      fastestLap: z.optional(bounded(0, LIMITS.points, 'points')),
      penalty: z.optional(bounded(0, LIMITS.points, 'penalty points')),
    }),
  ),
  // Shown to people, never scored; null means "not known".
  laps: z.optional(z.nullable(z.int().check(z.minimum(0)))),
  time: z.optional(z.nullable(z.string())),
  bestLap: z.optional(z.nullable(z.string())),
  reason: z.optional(z.nullable(z.string())),
  // Filled in by a reconstruction, not published (docs/data-format.md#reconstructed-rows).
  reconstructed: z.optional(z.boolean()),
})

/**
 * Every row is built by this one literal, with the same fields in the same order: the engine
 * reads rows in its hottest loop, and one object shape keeps those reads fast (a spread gave
 * each row a hidden class of its own; docs/performance.md).
 */
export function withFixedShape<S extends ResultRow['status'], P extends number | undefined>(
  row: Readonly<Omit<z.output<typeof rowFields>, 'drivers'>> & {
    readonly drivers: ReadonlyArray<string>
  },
  status: S,
  position: P,
) {
  return {
    car: row.car,
    drivers: row.drivers,
    team: row.team,
    class: row.class,
    status,
    position,
    pole: row.pole,
    fastestLap: row.fastestLap,
    penaltyPoints: row.penaltyPoints,
    noPoints: row.noPoints,
    guest: row.guest,
    shares: row.shares,
    fastestLapBy: row.fastestLapBy,
    given: row.given,
    laps: row.laps,
    time: row.time,
    bestLap: row.bestLap,
    reason: row.reason,
    reconstructed: row.reconstructed,
  }
}

const rowSchema = z.pipe(
  rowFields.check(
    z.superRefine((row, context) => {
      if (row.status === 'classified' && row.position === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['position'],
          message: 'a classified car needs its overall position',
        })
      }
      if (row.status !== 'classified' && row.position !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['position'],
          message: `only classified cars have a position (this car is "${row.status}")`,
        })
      }
      // Not both: a guest takes no place, a noPoints car keeps its own (docs/data-format.md#rows).
      if (row.guest === true && row.noPoints === true) {
        context.addIssue({
          code: 'custom',
          path: ['guest'],
          message:
            'expected "guest" or "noPoints", not both: a guest takes no place for points (the cars behind move up), a noPoints car keeps its place (its points go to nobody)',
        })
      }
      givenFaults(row).forEach(([field, message]) =>
        context.addIssue({ code: 'custom', path: [field], message }),
      )
    }),
  ),
  z.transform((row): ResultRow =>
    row.status === 'classified'
      ? withFixedShape(row, row.status, row.position ?? 0)
      : withFixedShape(row, row.status, undefined),
  ),
)

/**
 * A row with `given` points says its score whole: what would score it again, or score nothing
 * instead, is refused, each naming the field (docs/data-format.md#given-points).
 */
function givenFaults(row: z.output<typeof rowFields>): ReadonlyArray<readonly [string, string]> {
  if (row.given === undefined) return []
  const given = 'a row with "given" points'
  const refused: ReadonlyArray<readonly [keyof typeof row, string]> = [
    ['noPoints', `expected "given" points or "noPoints", not both: ${given} scores them`],
    [
      'guest',
      `expected "given" points or "guest", not both: a guest is no championship entry and scores nothing`,
    ],
    ['pole', `expected no "pole" flag on ${given}: the pole's points are "given.pole"`],
    ['fastestLap', `expected no "fastestLap" flag on ${given}: its points are "given.fastestLap"`],
    ['penaltyPoints', `expected no "penaltyPoints" on ${given}: the penalty is "given.penalty"`],
  ]
  return refused
    .filter(([field]) => row[field] !== undefined && row[field] !== false)
    .map(([field, message]) => [field, message])
}

export const updatedAtSchema = z.iso.datetime({
  offset: true,
  error: 'expected an ISO date-time like "2024-03-14T19:02:11Z"',
})

export const sourceSchema = z.object({
  kind: z.enum(['official', 'reconstructed', 'imported']),
  note: z.optional(z.string()),
  urls: z.optional(z.array(z.string())),
})

/** results/<raceId>.json, version 1 (docs/data-format.md#result-files). */
export const resultsSchema = z.object({
  format: z.literal('pitboard-results/1', { error: 'expected "pitboard-results/1"' }),
  race: idSchema,
  status: z.enum(['scheduled', 'live', 'provisional', 'official']),
  updatedAt: z.optional(updatedAtSchema),
  // At most LIMITS.rows (docs/data-format.md#limits): far beyond any field.
  rows: z.array(rowSchema).check(
    z.maxLength(LIMITS.rows, {
      error: () => `expected at most ${LIMITS.rows.toLocaleString('en')} rows (cars) in one race`,
    }),
  ),
  vacant: z.optional(z.array(z.int().check(z.minimum(1)))),
  source: z.optional(sourceSchema),
  notes: z.optional(z.array(z.string())),
}) satisfies z.core.$ZodType<RaceResults>
