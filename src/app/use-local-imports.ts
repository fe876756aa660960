import { useCallback, useSyncExternalStore } from 'react'
import {
  readLocalImports,
  subscribeLocalImports,
  type LocalImports,
} from '../data/local-imports.ts'

/** The results imported in this browser for one season folder, kept up to date across tabs. */
export function useLocalImports(path: string): LocalImports {
  const read = useCallback(() => readLocalImports(path), [path])
  return useSyncExternalStore(subscribeLocalImports, read, read)
}
