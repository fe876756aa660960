import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import importX from 'eslint-plugin-import-x'
import { defineConfig, globalIgnores } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The layers (docs/architecture.md): engine ← model ← data ← features ← app. Each zone lists
 * what a folder may not import; features never import each other, and the app reaches a
 * feature only through its public entry, the file named after the feature.
 */
const LAYERS = ['engine', 'model', 'data', 'import', 'export', 'ui', 'features', 'app', 'cli']
const MAY_IMPORT = {
  engine: ['engine'],
  model: ['engine', 'model'],
  data: ['engine', 'model', 'data'],
  import: ['engine', 'model', 'data', 'import'],
  export: ['engine', 'model', 'export'],
  ui: ['engine', 'model', 'ui'],
  features: ['engine', 'model', 'data', 'import', 'export', 'ui', 'features'],
  app: ['engine', 'model', 'data', 'import', 'export', 'ui', 'features', 'app'],
  cli: ['engine', 'model', 'data', 'import', 'export', 'cli'],
}
const FEATURES = [
  'about',
  'booth',
  'charts',
  'data-warnings',
  'driver-card',
  'export-menu',
  'freshness-bar',
  'head-to-head',
  'import-review',
  'live-banner',
  'local-imports-banner',
  'overlay',
  'permutations',
  'results-grid',
  'revision-log',
  'standings',
  'what-if',
  'what-if-banner',
]
const zones = [
  ...LAYERS.map((layer) => ({
    target: `./src/${layer}`,
    from: LAYERS.filter((other) => !MAY_IMPORT[layer].includes(other)).map(
      (other) => `./src/${other}`,
    ),
    message: `src/${layer} may import only ${MAY_IMPORT[layer].map((l) => `src/${l}`).join(', ')} (docs/architecture.md).`,
  })),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other (docs/architecture.md).',
  })),
  {
    // The engine's two rooms (src/engine/README.md): scenarios read the scoring rules, never
    // the other way round.
    target: './src/engine/scoring',
    from: './src/engine/scenarios',
    message: 'src/engine/scoring never imports src/engine/scenarios (src/engine/README.md).',
  },
  {
    target: './src/app',
    from: './src/features',
    except: FEATURES.map((feature) => `./${feature}/${feature}.tsx`),
    message:
      'The app reaches a feature only through its public entry, src/features/<name>/<name>.tsx.',
  },
]

export default defineConfig([
  globalIgnores([
    'dist',
    'test-results',
    'coverage',
    'node_modules',
    '.bench',
    '.scratch',
    '.stryker-tmp',
    'reports',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
      pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Imports name their files (./x.ts), so the plain node resolver finds them; the
      // TypeScript parser reads them for the cycle check.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // House rule: no `as` outside tests; validate with zod or narrow with a guard instead.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^node:',
              message:
                'Node built-ins belong to src/cli, src/data/disk-reader.ts and src/data/read-regular-file.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [reactRefresh.configs.vite],
  },
  {
    // The engine and the model are pure: no package at all, so no React, zod or fetch wrapper
    // (docs/decisions/001-pure-engine.md); the zones above keep each to its own folders.
    files: ['src/engine/**/*.ts', 'src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.\\.?/)',
              message:
                'src/engine and src/model are pure: they import only their own files (./…, ../…), never a package such as react or zod.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/cli/**/*.ts',
      'src/data/disk-reader.ts',
      'src/data/read-regular-file.ts',
      'scripts/**/*.ts',
      'data-src/**/*.ts',
      'vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off', 'no-console': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended, tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
])
