import { z } from 'zod/mini'
import { updatedAtSchema } from './results-schema.ts'

/**
 * `<season folder>/manifest.json` (docs/data-format.md#the-manifest): the version of every file
 * of the season that exists. The one file a viewer polls during a race weekend; a file is
 * fetched again only when its version changes, and a file the manifest does not list does not
 * exist yet (no request is made for it).
 */
export const manifestSchema = z.object({
  format: z.literal('pitboard-manifest/1', { error: 'expected "pitboard-manifest/1"' }),
  /** When the manifest was last written: an ISO date-time with zone. */
  updatedAt: z.optional(updatedAtSchema),
  /** Path relative to the season folder (as season.json names it) → its version. */
  files: z.record(
    z.string().check(
      z.regex(/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/, {
        error: 'expected a path inside the season folder, like "results/r01.json"',
      }),
    ),
    z.object({
      version: z.string().check(
        z.regex(/^[A-Za-z0-9_-]{1,64}$/, {
          error: 'expected a version of 1–64 letters, digits, "-" or "_"',
        }),
      ),
    }),
  ),
})

export type Manifest = z.output<typeof manifestSchema>

export const MANIFEST_FILE = 'manifest.json'
