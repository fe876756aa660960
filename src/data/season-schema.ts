import { z } from 'zod/mini'
import type { Adjustment, Championship, Season } from '../engine/types.ts'

/**
 * U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane: never text, and XML (the SVG
 * cards, the overlay) refuses U+FFFE and U+FFFF (issue 22 #7, docs/hardening.md).
 */
const NO_NONCHARACTER = /^\P{Noncharacter_Code_Point}*$/u
const noncharacters = (what: string) =>
  `expected ${what} without noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF: never text, they break SVG)`

export const idSchema = z.string().check(
  z.regex(/^[^\s,\p{Cc}\p{Cs}]{1,200}$/u, {
    error: 'expected an id of up to 200 characters without spaces, commas or control characters',
  }),
  z.regex(NO_NONCHARACTER, { error: noncharacters('an id') }),
)

/**
 * Text shown to people (names, reasons): up to 200 characters (500 for a reason), no control
 * characters, no lone surrogates, no noncharacters, and no bidirectional embedding, override or
 * isolate (U+202A–U+202E, U+2066–U+2069: one left open reverses the sentence a name is read out
 * in; names in Arabic or Hebrew need none). Ordinary spaces are fine.
 */
const PRINTABLE = /^[^\p{Cc}\p{Cs}]*$/u
const NO_DIRECTION_OVERRIDE = /^[^\u202a-\u202e\u2066-\u2069]*$/u
function textSchema(max: number, what: string) {
  return z.string().check(
    z.minLength(1, { error: `expected a non-empty ${what}` }),
    z.maxLength(max, { error: `expected a ${what} of at most ${max} characters` }),
    z.regex(PRINTABLE, { error: `expected a ${what} without control characters` }),
    z.regex(NO_DIRECTION_OVERRIDE, {
      error: `expected a ${what} without direction overrides (U+202A–U+202E, U+2066–U+2069)`,
    }),
    z.regex(NO_NONCHARACTER, { error: noncharacters(`a ${what}`) }),
  )
}

const nameSchema = textSchema(200, 'name')
/** A driver's surname as the source gives it (docs/data-format.md#short-names): text like a name. */
const shortNameSchema = textSchema(200, 'short name')
/**
 * Every number of the contract has a range (docs/data-format.md#limits): far beyond any real
 * series, small enough that no sum over a season can overflow or lose its integers.
 */
export const LIMITS = {
  points: 10_000,
  /** Races counted or discarded by a drop rule: far beyond any calendar. */
  races: 10_000,
  /** Places countback compares (`countbackPlaces`): far beyond any field. */
  places: 10_000,
  multiplier: 100,
  adjustment: 100_000,
  /**
   * Rows of one result file: far beyond any field (the Nürburgring 24 Hours starts about 150
   * cars), and small enough that the title scenarios of a race that size answer in seconds
   * (docs/performance.md; 10,000 cars took minutes).
   */
  rows: 1_000,
  /**
   * Bytes of one file of a season folder (16 MiB, a thousand times a real one): a larger file
   * is refused before it is read (src/data/read-regular-file.ts), never parsed into memory.
   */
  fileBytes: 16 * 2 ** 20,
} as const

/**
 * A number in [min, max], with a message naming both ends. The message is written only when a
 * value fails: `toLocaleString` loads locale data, 100 ms on a phone if run while the schemas are
 * built, before the first view (docs/performance.md).
 */
export function bounded(min: number, max: number, what: string) {
  const range = () =>
    `${what} must be between ${min.toLocaleString('en')} and ${max.toLocaleString('en')}`
  return z.number().check(z.minimum(min, { error: range }), z.maximum(max, { error: range }))
}

const pointsValue = bounded(0, LIMITS.points, 'points')
const isoDate = z.iso.date({ error: 'expected an ISO date like "2024-03-14"' })

/**
 * A relative path inside the season folder: no "..", no leading "/", no URL, and no "%" (a
 * browser reads "%2e%2e" as ".." where a disk reads a folder of that name: two tools, two
 * files), no backslash and no control characters.
 */
const relativePath = z.string().check(
  z.regex(/^(?![/\\])(?!.*(?:^|[/\\])\.\.(?:[/\\]|$))(?![a-z]+:)[^\\%\p{Cc}]+$/iu, {
    error:
      'expected a relative path inside the season folder without "%" escapes, like "results/r01.json"',
  }),
)

const classSchema = z.object({
  id: idSchema,
  name: nameSchema,
  color: z.optional(
    z.string().check(z.regex(/^#[0-9a-f]{6}$/i, { error: 'expected a colour like "#f28c28"' })),
  ),
})

export const teamSchema = z.object({ id: idSchema, name: nameSchema })

export const driverSchema = z.object({
  id: idSchema,
  name: nameSchema,
  shortName: z.optional(shortNameSchema),
  country: z.optional(
    z
      .string()
      .check(z.regex(/^[A-Z]{3}$/, { error: 'expected a three-letter country code like "USA"' })),
  ),
  tags: z.optional(z.array(idSchema)),
})

const raceSchema = z.object({
  id: idSchema,
  name: nameSchema,
  type: idSchema,
  // null: not known, no published source gives it (docs/data-format.md#races).
  date: z.nullable(isoDate),
  results: relativePath,
  pointsMultiplier: z.optional(bounded(0, LIMITS.multiplier, 'a multiplier')),
})

const roundSchema = z.object({
  round: z.int().check(z.minimum(1)),
  name: nameSchema,
  circuit: z.optional(z.string()),
  races: z.array(raceSchema).check(z.minLength(1, { error: 'a round needs at least one race' })),
})

const scoringRuleSchema = z.object({
  points: z.array(pointsValue),
  awardBy: z.enum(['class', 'overall']),
  bonuses: z.optional(
    z.object({
      pole: z.optional(pointsValue),
      fastestLap: z.optional(pointsValue),
      fastestLapMaxPosition: z.optional(z.int().check(z.minimum(1))),
      requireClassified: z.optional(z.boolean()),
      keepWhenDisqualified: z.optional(z.boolean()),
    }),
  ),
  countback: z.optional(z.boolean()),
})

const bestCount = z.int().check(z.minimum(1), z.maximum(LIMITS.races))

/**
 * `worst` (a fixed number discarded), `best` (only the best N counted) or `parts` (a split
 * season, each part its own best N): exactly one.
 */
const dropsSchema = z
  .object({
    worst: z.optional(z.int().check(z.minimum(0), z.maximum(LIMITS.races))),
    best: z.optional(bestCount),
    parts: z.optional(
      z
        .array(z.object({ best: bestCount, toRace: z.optional(idSchema) }))
        .check(z.minLength(1, { error: 'a split season needs at least one part' })),
    ),
    fromRace: z.optional(idSchema),
    keep: z.optional(z.array(idSchema)),
  })
  .check(
    z.refine((d) => [d.worst, d.best, d.parts].filter((rule) => rule !== undefined).length === 1, {
      error:
        'expected one of "worst" (how many results are discarded), "best" (how many count) or "parts" (a split season)',
    }),
    z.refine((d) => d.fromRace === undefined || d.worst !== undefined, {
      error: '"best" and "parts" count from the first race: "fromRace" goes with "worst" only',
    }),
  )

const championshipSchema = z.pipe(
  z
    .object({
      id: idSchema,
      name: nameSchema,
      kind: z.enum(['drivers', 'teams']),
      classes: z.optional(z.array(idSchema)),
      tags: z.optional(z.array(idSchema)),
      races: z.optional(z.array(idSchema)),
      drops: z.optional(dropsSchema),
      tieBreak: z.optional(z.array(z.literal('countback'))),
      countbackPlaces: z.optional(z.int().check(z.minimum(1), z.maximum(LIMITS.places))),
      scoring: z.optional(z.record(idSchema, scoringRuleSchema)),
      excluded: z.optional(
        z.array(
          z.object({
            id: idSchema,
            afterRace: z.optional(idSchema),
            reason: z.string().check(z.minLength(1, { error: 'say why it is excluded' })),
          }),
        ),
      ),
      method: z.optional(z.enum(['sum', 'rank'])),
      carsPerRace: z.optional(z.int().check(z.minimum(1))),
    })
    .check(
      z.superRefine((value, context) => {
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
        if (value.countbackPlaces !== undefined && value.tieBreak?.includes('countback') === false)
          context.addIssue({
            code: 'custom',
            path: ['countbackPlaces'],
            message: '"countbackPlaces" limits countback, but "tieBreak" leaves countback out',
          })
      }),
    ),
  z.transform((value): Championship => {
    const { kind, method, carsPerRace, tags, ...common } = value
    return kind === 'drivers' ? { ...common, kind, tags } : { ...common, kind, method, carsPerRace }
  }),
)

const adjustmentSchema = z.pipe(
  z
    .object({
      championship: idSchema,
      driver: z.optional(idSchema),
      team: z.optional(idSchema),
      points: bounded(-LIMITS.adjustment, LIMITS.adjustment, 'an adjustment'),
      afterRace: idSchema,
      reason: textSchema(500, 'reason (say why the points were adjusted)'),
    })
    .check(
      z.superRefine((value, context) => {
        if ((value.driver === undefined) === (value.team === undefined)) {
          context.addIssue({
            code: 'custom',
            message: 'expected exactly one of "driver" or "team"',
          })
        }
      }),
    ),
  z.transform((value): Adjustment => {
    const { driver, team, ...common } = value
    return driver !== undefined ? { ...common, driver } : { ...common, team: team ?? '' }
  }),
)

/** season.json, version 1 (docs/data-format.md#seasonjson). */
export const seasonSchema = z.object({
  format: z.literal('pitboard-season/1', { error: 'expected "pitboard-season/1"' }),
  series: z.object({ id: idSchema, name: nameSchema }),
  season: z.int(),
  classes: z
    .array(classSchema)
    .check(z.minLength(1, { error: 'a season needs at least one class' })),
  drivers: z.array(driverSchema),
  teams: z.array(teamSchema),
  rounds: z
    .array(roundSchema)
    .check(z.minLength(1, { error: 'a season needs at least one round' })),
  scoring: z.record(idSchema, scoringRuleSchema),
  championships: z.array(championshipSchema),
  adjustments: z.optional(z.array(adjustmentSchema)),
}) satisfies z.core.$ZodType<Season>
