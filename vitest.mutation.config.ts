import { configDefaults, defineConfig } from 'vitest/config'

/*
 * The tests StrykerJS runs against each mutant of src/engine and src/model (`npm run mutation`,
 * docs/testing.md#mutation): the engine's and the model's own tests, in Node, one project.
 *
 * The brute-force oracles and properties cover nearly every line, so every mutant would run
 * them (tens of seconds each, instrumented): left out by default, the score is a floor of what
 * the whole suite kills. `MUTATION_ORACLES=1` brings the two scenario oracles back at a small
 * size (about 2.5 s on an idle machine, still all three kinds of championship): for the
 * scenario files, which the oracles check more than any hand-worked table (docs/testing.md).
 */
const withOracles = process.env.MUTATION_ORACLES === '1'

export default defineConfig({
  test: {
    include: ['test/engine/**/*.test.ts', 'test/model/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      ...(withOracles ? [] : ['test/engine/**/*-oracle.test.ts']),
      'test/engine/scoring/properties.test.ts',
    ],
    env: withOracles ? { ORACLE_CASES: '15', ORACLE_LEAVES: '200', PERMUTATION_CASES: '8' } : {},
    environment: 'node',
    setupFiles: ['./test/setup.ts'],
    testTimeout: 60_000,
  },
})
