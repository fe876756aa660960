import { configDefaults, defineConfig } from 'vitest/config'

/*
 * The tests StrykerJS runs against each mutant of src/engine and src/model (`npm run mutation`,
 * docs/testing.md#mutation): the engine's and the model's own tests, in Node, one project.
 */
export default defineConfig({
  test: {
    include: ['test/engine/**/*.test.ts', 'test/model/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    environment: 'node',
    setupFiles: ['./test/setup.ts'],
    testTimeout: 60_000,
    // The brute-force oracles on fewer generated seasons: each mutant they cover runs them.
    env: { PERMUTATION_CASES: '40', ORACLE_CASES: '50' },
  },
})
