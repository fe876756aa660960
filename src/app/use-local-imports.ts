import { useCallback, useSyncExternalStore } from 'react'
import { hasLocalImports, subscribeLocalImports } from '../data/local-imports-store.ts'
import type { LocalImports, readLocalImports } from '../data/local-imports.ts'
import { retryableImport } from '../data/retryable-import.ts'
import type { RaceFile, Season } from '../engine/types.ts'
import { lazyCode, useLazyCode } from './use-lazy-code.ts'
import type { withLocalImports } from './with-local-imports.ts'

const loadReader = retryableImport(() => import('../data/local-imports.ts'))
const loadMerge = retryableImport(() => import('./with-local-imports.ts'))
/**
 * Reading the kept races back and putting them in the season: loaded only when this browser
 * keeps something for the season (most visits keep nothing; docs/performance.md), or when a
 * file is opened to import (import-drop.tsx), so a race just kept shows at once.
 */
export const localImportsCode = lazyCode(() =>
  Promise.all([loadReader(), loadMerge()]).then(([reader, merge]) => ({
    read: reader.readLocalImports,
    merge: merge.withLocalImports,
  })),
)

const NO_IMPORTS: LocalImports = { races: new Map(), drivers: [], teams: [], problems: [] }
const noRead: typeof readLocalImports = () => NO_IMPORTS
const noMerge: typeof withLocalImports = (
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
) => ({
  season,
  files,
  problems: [],
})

/**
 * The results imported in this browser for one season folder, kept up to date across tabs, and
 * how to put them in the season: `merge` is null while its code loads or after it failed (the
 * screen waits rather than show the season without them; `failure` and `retry` say why and
 * try again).
 */
export function useLocalImports(path: string) {
  const has = useCallback(() => hasLocalImports(path), [path])
  const kept = useSyncExternalStore(subscribeLocalImports, has, has)
  const code = useLazyCode(localImportsCode, kept)
  const { read, merge } = kept
    ? (code.parts ?? { read: noRead, merge: null })
    : { read: noRead, merge: noMerge }
  const readKept = useCallback(() => read(path), [read, path])
  const local = useSyncExternalStore(subscribeLocalImports, readKept, readKept)
  return { local, merge, failure: kept ? code.failure : null, tries: code.tries, retry: code.retry }
}
