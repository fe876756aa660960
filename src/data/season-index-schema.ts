import { z } from 'zod/mini'
import { idSchema } from './season-schema.ts'

/** public/data/index.json: the series and seasons the dashboard offers (docs/data-format.md#the-index). */
export const seasonIndexSchema = z.object({
  format: z.literal('pitboard-index/1', { error: 'expected "pitboard-index/1"' }),
  series: z
    .array(
      z.object({
        id: idSchema,
        name: z.string().check(z.minLength(1)),
        seasons: z
          .array(
            z.object({
              season: z.int(),
              /** Folder of the season, relative to public/data. */
              path: z.string().check(
                z.regex(/^[a-z0-9][a-z0-9/_-]*$/i, {
                  error: 'expected a folder like "ccna/2023"',
                }),
              ),
              /** How the results were obtained: official files, or reconstructed from reports. */
              source: z.enum(['official', 'reconstructed', 'imported']),
              /** A page about the data (how it was made, what is assumed), relative to public/data. */
              about: z.optional(
                z.string().check(
                  z.regex(/^[a-z0-9][a-z0-9/_.-]*$/i, {
                    error: 'expected a file like "ccna/README.md"',
                  }),
                ),
              ),
            }),
          )
          .check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1, { error: 'the index needs at least one series' })),
  /** The season a visitor sees first; absent: the first season of the first series. */
  default: z.optional(z.object({ series: idSchema, season: z.int() })),
})

export type SeasonIndex = z.output<typeof seasonIndexSchema>
