import fc from 'fast-check'
import { expect, test } from 'vitest'
import { validateSeason } from '../../../src/data/validate-season.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../../src/engine/scoring/standings.ts'
import type { RaceFile, RaceResults, Season } from '../../../src/engine/types.ts'
import { toStandingsDocument } from '../../../src/export/standings-document.ts'
import { buildSeasonModel } from '../../../src/model/season-model.ts'
import { arbitrarySeason } from '../../fixtures/arbitrary-season.ts'
import { memoryReader } from '../../fixtures/memory-reader.ts'

const RUNS = { numRuns: 150 }
/**
 * Each property's time budget: a fixed number of runs (coverage never shrinks under load) and a
 * hang guard far above what they take on an idle machine (0.5–3 s each on 2 cores), so another
 * job on the cores cannot fail them (issue 21).
 */
const BUDGET = { timeout: 60_000 }

const filesOf = (results: ReadonlyArray<RaceResults>) =>
  new Map<string, RaceFile>(results.map((r) => [r.race, { kind: 'results', results: r }]))

/** Every championship's standings after every scored race, as plain data. */
const everything = (season: Season, files: ReadonlyMap<string, RaceFile>) => {
  const model = buildSeasonModel({ season, files, projectLive: false })
  return model.standings.scored.map((_, step) => toStandingsDocument(model, step))
}

test(
  'generated seasons pass validation, so the properties below run on valid data',
  BUDGET,
  async () => {
    await fc.assert(
      fc.asyncProperty(arbitrarySeason, async ({ season, results }) => {
        const files: Record<string, unknown> = { 'season.json': season }
        for (const r of results) files[`results/${r.race}.json`] = r
        const check = await validateSeason('gen', memoryReader('gen', files))
        expect(check.faults).toEqual([])
        // Generated seasons skip races on purpose: a race without a file before one with results
        // is warned about (missing-results.ts), as are tags and empty files.
        expect(
          check.warnings.filter((w) => !/tag|no rows|has no result file/.test(w.message)),
        ).toEqual([])
      }),
      { numRuns: 60 },
    )
  },
)

test('shuffling the rows of each file and the order of the files changes nothing', BUDGET, () => {
  fc.assert(
    fc.property(arbitrarySeason, fc.infiniteStream(fc.nat()), ({ season, results }, random) => {
      const shuffled = results
        .toReversed()
        .map((r) => ({ ...r, rows: r.rows.toSorted(() => (random.next().value % 3) - 1) }))
      expect(everything(season, filesOf(shuffled))).toEqual(everything(season, filesOf(results)))
    }),
    RUNS,
  )
})

test('a total is its race points, minus the dropped ones, plus adjustments', BUDGET, () => {
  fc.assert(
    fc.property(arbitrarySeason, ({ season, results }) => {
      const standings = computeSeasonStandings(season, filesOf(results))
      for (const progression of standings.championships) {
        progression.steps.forEach((_, step) => {
          for (const row of standingsAt(progression, step)) {
            const scored = row.races.reduce((sum, race) => sum + race.points, 0)
            const dropped = row.races.filter((race) =>
              row.dropped.includes(standings.calendar[race.raceIndex]!.race.id),
            )
            const droppedPoints = dropped.reduce((sum, race) => sum + race.points, 0)
            expect(row.points).toBeCloseTo(scored - droppedPoints + row.adjustments, 9)
            expect(row.pointsBeforeDrops).toBeCloseTo(scored + row.adjustments, 9)
          }
        })
      }
    }),
    RUNS,
  )
})

test(
  'tables are sorted: points never rise, positions never fall, shared positions only when level',
  BUDGET,
  () => {
    fc.assert(
      fc.property(arbitrarySeason, ({ season, results }) => {
        const standings = computeSeasonStandings(season, filesOf(results))
        for (const progression of standings.championships) {
          progression.steps.forEach((_, step) => {
            const rows = standingsAt(progression, step)
            rows.forEach((row, rank) => {
              const above = rows[rank - 1]
              if (above === undefined) return expect(row.position).toBe(1)
              expect(row.points).toBeLessThanOrEqual(above.points)
              expect(row.gapToNext).toBeCloseTo(above.points - row.points, 9)
              if (row.position === above.position)
                expect(row.tieBreak).toEqual({
                  kind: 'level',
                  points: row.points,
                  ...(progression.championship.countbackPlaces === undefined
                    ? {}
                    : { upTo: progression.championship.countbackPlaces }),
                })
              else expect(row.position).toBe(rank + 1)
            })
          })
        }
      }),
      RUNS,
    )
  },
)

test('the standings after race k are the same as for a season that stops at race k', BUDGET, () => {
  fc.assert(
    fc.property(arbitrarySeason, fc.nat(), ({ season, results }, pick) => {
      const full = computeSeasonStandings(season, filesOf(results))
      if (full.scored.length === 0) return
      const step = pick % full.scored.length
      const last = full.scored[step]!.race.index
      const cut = results.filter(
        (r) => full.calendar.findIndex((c) => c.race.id === r.race) <= last,
      )
      const truncated = buildSeasonModel({ season, files: filesOf(cut), projectLive: false })
      const whole = buildSeasonModel({ season, files: filesOf(results), projectLive: false })
      expect(toStandingsDocument(truncated, truncated.standings.scored.length - 1)).toEqual(
        toStandingsDocument(whole, step),
      )
    }),
    RUNS,
  )
})

test('no NaN or infinity anywhere in the output', BUDGET, () => {
  fc.assert(
    fc.property(arbitrarySeason, ({ season, results }) => {
      const numbers: Array<number> = []
      JSON.stringify(everything(season, filesOf(results)), (_, value: unknown) => {
        if (typeof value === 'number') numbers.push(value)
        return value
      })
      expect(numbers.every(Number.isFinite)).toBe(true)
    }),
    RUNS,
  )
})
