import { z } from 'zod'
import { idSchema } from './season-schema.ts'

/** public/data/index.json: the series and seasons the dashboard offers (docs/data-format.md#the-index). */
export const seasonIndexSchema = z.object({
  format: z.literal('pitboard-index/1', { error: 'expected "pitboard-index/1"' }),
  series: z
    .array(
      z.object({
        id: idSchema,
        name: z.string().min(1),
        seasons: z
          .array(
            z.object({
              season: z.number().int(),
              /** Folder of the season, relative to public/data. */
              path: z
                .string()
                .regex(/^[a-z0-9][a-z0-9/_-]*$/i, { error: 'expected a folder like "ccna/2023"' }),
              /** How the results were obtained: official files, or reconstructed from reports. */
              source: z.enum(['official', 'reconstructed', 'imported']),
            }),
          )
          .min(1),
      }),
    )
    .min(1, { error: 'the index needs at least one series' }),
})

export type SeasonIndex = z.output<typeof seasonIndexSchema>
