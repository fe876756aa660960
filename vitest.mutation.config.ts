import { configDefaults, defineConfig } from 'vitest/config'

/*
 * The tests StrykerJS runs against each mutant of src/engine and src/model (`npm run mutation`,
 * docs/testing.md#mutation): the engine's and the model's own tests, in Node, one project.
 */
export default defineConfig({
  test: {
    include: ['test/engine/**/*.test.ts', 'test/model/**/*.test.ts'],
    // The brute-force oracles and properties cover nearly every line, so every mutant would run
    // them (tens of seconds each, instrumented): left out, the score is a floor of what the
    // whole suite kills (docs/testing.md#mutation).
    exclude: [
      ...configDefaults.exclude,
      'test/engine/**/*-oracle.test.ts',
      'test/engine/scoring/properties.test.ts',
    ],
    environment: 'node',
    setupFiles: ['./test/setup.ts'],
    testTimeout: 60_000,
  },
})
