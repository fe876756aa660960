import { z } from 'zod'
import type { Adjustment, Championship, Season } from '../engine/types.ts'

/** Ids are stable slugs: no spaces (they appear in URLs) and no commas (URL lists use them). */
export const idSchema = z
  .string()
  .regex(/^[^\s,]+$/, { error: 'expected an id without spaces or commas' })

const nameSchema = z.string().min(1, { error: 'expected a non-empty name' })
const pointsValue = z.number().finite().min(0, { error: 'points must not be negative' })
const isoDate = z.iso.date({ error: 'expected an ISO date like "2024-03-14"' })

/** A relative path inside the season folder: no "..", no leading "/", no URL. */
const relativePath = z
  .string()
  .regex(/^(?![/\\])(?!.*(?:^|[/\\])\.\.(?:[/\\]|$))(?![a-z]+:)[^\\]+$/i, {
    error: 'expected a relative path inside the season folder, like "results/r01.json"',
  })

const classSchema = z.object({
  id: idSchema,
  name: nameSchema,
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, { error: 'expected a colour like "#f28c28"' })
    .optional(),
})

const driverSchema = z.object({
  id: idSchema,
  name: nameSchema,
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'expected a three-letter country code like "USA"' })
    .optional(),
  tags: z.array(idSchema).optional(),
})

const raceSchema = z.object({
  id: idSchema,
  name: nameSchema,
  type: idSchema,
  date: isoDate,
  results: relativePath,
  pointsMultiplier: z
    .number()
    .finite()
    .min(0, { error: 'a multiplier must not be negative' })
    .optional(),
})

const roundSchema = z.object({
  round: z.number().int().min(1),
  name: nameSchema,
  circuit: z.string().optional(),
  races: z.array(raceSchema).min(1, { error: 'a round needs at least one race' }),
})

const scoringRuleSchema = z.object({
  points: z.array(pointsValue),
  awardBy: z.enum(['class', 'overall']),
  bonuses: z
    .object({
      pole: pointsValue.optional(),
      fastestLap: pointsValue.optional(),
      fastestLapMaxPosition: z.number().int().min(1).optional(),
      requireClassified: z.boolean().optional(),
    })
    .optional(),
  countback: z.boolean().optional(),
})

const dropsSchema = z.object({
  worst: z.number().int().min(0),
  fromRace: idSchema.optional(),
  keep: z.array(idSchema).optional(),
})

const championshipSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    kind: z.enum(['drivers', 'teams']),
    classes: z.array(idSchema).optional(),
    tags: z.array(idSchema).optional(),
    races: z.array(idSchema).optional(),
    drops: dropsSchema.optional(),
    tieBreak: z.array(z.literal('countback')).optional(),
    method: z.enum(['sum', 'rank']).optional(),
    carsPerRace: z.number().int().min(1).optional(),
  })
  .superRefine((value, context) => {
    const misplaced =
      value.kind === 'drivers'
        ? (['method', 'carsPerRace'] as const).filter((key) => value[key] !== undefined)
        : value.tags === undefined
          ? []
          : (['tags'] as const)
    for (const key of misplaced) {
      context.addIssue({
        code: 'custom',
        path: [key],
        message: `"${key}" is not a field of a ${value.kind} championship`,
      })
    }
  })
  .transform((value): Championship => {
    const { kind, method, carsPerRace, tags, ...common } = value
    return kind === 'drivers' ? { ...common, kind, tags } : { ...common, kind, method, carsPerRace }
  })

const adjustmentSchema = z
  .object({
    championship: idSchema,
    driver: idSchema.optional(),
    team: idSchema.optional(),
    points: z.number().finite(),
    afterRace: idSchema,
    reason: z.string().min(1, { error: 'say why the points were adjusted' }),
  })
  .superRefine((value, context) => {
    if ((value.driver === undefined) === (value.team === undefined)) {
      context.addIssue({ code: 'custom', message: 'expected exactly one of "driver" or "team"' })
    }
  })
  .transform((value): Adjustment => {
    const { driver, team, ...common } = value
    return driver !== undefined ? { ...common, driver } : { ...common, team: team ?? '' }
  })

/** season.json, version 1 (docs/data-format.md#seasonjson). */
export const seasonSchema = z.object({
  format: z.literal('pitboard-season/1', { error: 'expected "pitboard-season/1"' }),
  series: z.object({ id: idSchema, name: nameSchema }),
  season: z.number().int(),
  classes: z.array(classSchema).min(1, { error: 'a season needs at least one class' }),
  drivers: z.array(driverSchema),
  teams: z.array(z.object({ id: idSchema, name: nameSchema })),
  rounds: z.array(roundSchema).min(1, { error: 'a season needs at least one round' }),
  scoring: z.record(idSchema, scoringRuleSchema),
  championships: z.array(championshipSchema),
  adjustments: z.array(adjustmentSchema).optional(),
}) satisfies z.ZodType<Season>
