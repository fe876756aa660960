import { z } from 'zod'
import type { RaceResults, ResultRow } from '../engine/types.ts'
import { idSchema } from './season-schema.ts'

const rowFields = z.object({
  car: z.string().min(1, { error: 'expected the car number as text, like "07"' }),
  drivers: z.array(idSchema).min(1, { error: 'a car needs at least one driver' }),
  team: idSchema,
  class: idSchema,
  status: z.enum(['classified', 'dnf', 'dns', 'dsq', 'nc']),
  position: z.number().int().min(1).optional(),
  pole: z.boolean().optional(),
  fastestLap: z.boolean().optional(),
  penaltyPoints: z
    .number()
    .finite()
    .min(0, { error: 'penalty points are a positive number to take off' })
    .optional(),
  // Shown to people, never scored; null means "not known".
  laps: z.number().int().min(0).nullable().optional(),
  time: z.string().nullable().optional(),
  bestLap: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
})

/**
 * Every row is built by this one literal, with the same fields in the same order: the engine
 * reads rows in its hottest loop, and one object shape keeps those reads fast (a spread gave
 * each row a hidden class of its own; docs/performance.md).
 */
function withFixedShape<S extends ResultRow['status'], P extends number | undefined>(
  row: z.output<typeof rowFields>,
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
    laps: row.laps,
    time: row.time,
    bestLap: row.bestLap,
    reason: row.reason,
  }
}

const rowSchema = rowFields
  .superRefine((row, context) => {
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
  })
  .transform((row): ResultRow =>
    row.status === 'classified'
      ? withFixedShape(row, row.status, row.position ?? 0)
      : withFixedShape(row, row.status, undefined),
  )

/** results/<raceId>.json, version 1 (docs/data-format.md#result-files). */
export const resultsSchema = z.object({
  format: z.literal('pitboard-results/1', { error: 'expected "pitboard-results/1"' }),
  race: idSchema,
  status: z.enum(['scheduled', 'live', 'provisional', 'official']),
  updatedAt: z.iso
    .datetime({ offset: true, error: 'expected an ISO date-time like "2024-03-14T19:02:11Z"' })
    .optional(),
  rows: z.array(rowSchema),
  source: z
    .object({
      kind: z.enum(['official', 'reconstructed', 'imported']),
      note: z.string().optional(),
      urls: z.array(z.string()).optional(),
    })
    .optional(),
  notes: z.array(z.string()).optional(),
}) satisfies z.ZodType<RaceResults>
