import { z } from 'zod'
import type { RaceResults, ResultRow } from '../engine/types.ts'
import { idSchema } from './season-schema.ts'

const rowSchema = z
  .object({
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
  .transform((row): ResultRow => {
    const { status, position, ...rest } = row
    return status === 'classified'
      ? { ...rest, status, position: position ?? 0 }
      : { ...rest, status }
  })

/** results/<raceId>.json, version 1 (docs/data-format.md#results). */
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
