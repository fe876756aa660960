import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { expect, test } from 'vitest'
import { checkSchema } from '../../src/data/check-schema.ts'
import { acceptResults } from '../../src/data/results-fast-path.ts'
import { resultsSchema } from '../../src/data/results-schema.ts'

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/)
const row = fc.oneof(
  fc
    .record(
      {
        car: fc.stringMatching(/^[0-9]{1,3}$/),
        drivers: fc.array(id, { minLength: 1, maxLength: 2 }),
        team: id,
        class: id,
        status: fc.constant('classified'),
        position: fc.integer({ min: 1, max: 40 }),
        pole: fc.boolean(),
        fastestLap: fc.boolean(),
        penaltyPoints: fc.integer({ min: 0, max: 5 }),
        noPoints: fc.boolean(),
        guest: fc.boolean(),
        reconstructed: fc.boolean(),
        laps: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
        time: fc.option(fc.string(), { nil: null }),
        bestLap: fc.option(fc.string(), { nil: null }),
        reason: fc.option(fc.string(), { nil: null }),
      },
      { requiredKeys: ['car', 'drivers', 'team', 'class', 'status', 'position'] },
    )
    // Both at once is a fault (docs/data-format.md#rows): only a mutation makes one.
    .map((r) => (r.guest === true && r.noPoints === true ? { ...r, noPoints: false } : r)),
  fc.record(
    {
      car: fc.stringMatching(/^[0-9]{1,3}$/),
      drivers: fc.array(id, { minLength: 1, maxLength: 2 }),
      team: id,
      class: id,
      status: fc.constantFrom('dnf', 'dns', 'dsq', 'nc'),
      pole: fc.boolean(),
      reason: fc.option(fc.string(), { nil: null }),
    },
    { requiredKeys: ['car', 'drivers', 'team', 'class', 'status'] },
  ),
)
const file = fc.record(
  {
    format: fc.constant('pitboard-results/1'),
    race: id,
    status: fc.constantFrom('scheduled', 'live', 'provisional', 'official'),
    updatedAt: fc.constantFrom('2024-03-14T19:02:11Z', '2024-03-14T19:02:11+02:00'),
    rows: fc.array(row, { maxLength: 6 }),
    source: fc.record(
      {
        kind: fc.constantFrom('official', 'reconstructed', 'imported'),
        note: fc.string(),
        urls: fc.array(fc.string()),
      },
      { requiredKeys: ['kind'] },
    ),
    notes: fc.array(fc.string(), { maxLength: 2 }),
  },
  { requiredKeys: ['format', 'race', 'status', 'rows'] },
)

/** One change a careless hand or tool makes: a field gone, mistyped, misspelt or out of range. */
const BAD_VALUES: ReadonlyArray<unknown> = [
  undefined,
  null,
  '',
  'a b',
  'x,y',
  0,
  -1,
  1.5,
  2 ** 60,
  true,
  [],
  {},
  ['a b'],
  'classified',
  'dnf',
  '2024-03-14',
]
const mutate = fc.tuple(
  fc.nat(),
  fc.nat(),
  fc.constantFrom(
    'format',
    'race',
    'status',
    'updatedAt',
    'rows',
    'source',
    'notes',
    'car',
    'drivers',
    'team',
    'class',
    'position',
    'pole',
    'fastestLap',
    'penaltyPoints',
    'noPoints',
    'guest',
    'laps',
    'time',
    'bestLap',
    'reason',
    'kind',
    'fastestlap',
    'extra',
  ),
  fc.constantFrom(...BAD_VALUES.keys()),
)

function mutated(
  value: Record<string, unknown>,
  [where, which, key, bad]: [number, number, string, number],
) {
  const copy = structuredClone<Record<string, unknown>>(value)
  const rows = Array.isArray(copy.rows) ? (copy.rows as Array<Record<string, unknown>>) : []
  const row = rows[which % Math.max(1, rows.length)]
  const target =
    where % 3 === 0 || typeof row !== 'object' || row === null
      ? copy
      : where % 3 === 1
        ? row
        : typeof copy.source === 'object' && copy.source !== null
          ? (copy.source as Record<string, unknown>)
          : copy
  const replacement = BAD_VALUES[bad]
  if (replacement === undefined) delete target[key]
  else target[key] = replacement
  return copy
}

// A fixed number of runs and a hang guard far above their 1.5 s on an idle machine (issue 21).
test(
  'the fast lane accepts nothing the results schema would not, and gives the same value',
  { timeout: 60_000 },
  () => {
    fc.assert(
      fc.property(file, fc.array(mutate, { maxLength: 3 }), (valid, changes) => {
        const value = changes.reduce(mutated, valid)
        const fast = acceptResults(value)
        const schema = checkSchema('results/r01.json', value, resultsSchema)
        if (fast !== null) {
          expect(schema.ok).toBe(true)
          if (schema.ok) {
            expect(schema.warnings).toEqual([])
            expect(fast).toEqual(schema.value)
          }
        }
        // Unchanged files take the fast lane: it is not a lane nobody uses.
        if (changes.length === 0) expect(fast).not.toBeNull()
      }),
      { numRuns: 2000 },
    )
  },
)

test('every shipped result file takes the fast lane', () => {
  for (const season of ['ccna/2023', 'ccna/2024', 'f1/2016']) {
    const folder = `public/data/${season}/results`
    for (const name of readdirSync(folder)) {
      const value: unknown = JSON.parse(readFileSync(`${folder}/${name}`, 'utf8'))
      expect(acceptResults(value), `${season}/${name}`).not.toBeNull()
    }
  }
})

test('rows of different files naming the same single driver share one drivers list', () => {
  // JSON.parse makes a list and a string per row; the fast lane keeps one of each per driver, so
  // half a million rows do not hold half a million copies to the end (ADR 004).
  const file = (race: string, drivers: ReadonlyArray<string>) =>
    acceptResults(
      JSON.parse(
        JSON.stringify({
          format: 'pitboard-results/1',
          race,
          status: 'official',
          rows: [
            {
              car: '7',
              drivers,
              team: 'kellymoss',
              class: 'pro',
              status: 'classified',
              position: 1,
            },
          ],
        }),
      ),
    )
  const first = file('r01', ['riley-dickinson'])
  const second = file('r02', ['riley-dickinson'])
  expect(first?.rows[0]?.drivers).toEqual(['riley-dickinson'])
  expect(second?.rows[0]?.drivers).toBe(first?.rows[0]?.drivers)
  // A shared car keeps its own list, in its order; an id that is not one still leaves the lane.
  expect(file('r03', ['tom-sargent', 'riley-dickinson'])?.rows[0]?.drivers).toEqual([
    'tom-sargent',
    'riley-dickinson',
  ])
  expect(file('r04', ['Riley Dickinson'])).toBeNull()
})
