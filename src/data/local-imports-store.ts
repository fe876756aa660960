/*
 * Where this browser keeps imported results (docs/importing.md#in-the-browser), and whether a
 * season folder has any: all a first visit needs. Reading them back (local-imports.ts) and
 * writing (keep-local-imports.ts) load only when there is something kept or to keep.
 */

/** The event a write sends, so every reader of this tab looks again. */
export const CHANGED = 'pitboard:local-imports'
export const key = (path: string) => `pitboard-imports:${path}`
export const backupKey = (path: string) => `${key(path)}:damaged`

export function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** Whether this browser keeps anything for the season folder (read, damaged or empty). */
export function hasLocalImports(path: string): boolean {
  return (storage()?.getItem(key(path)) ?? null) !== null
}

export function subscribeLocalImports(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange)
  window.addEventListener('storage', onChange)
  return () => {
    window.removeEventListener(CHANGED, onChange)
    window.removeEventListener('storage', onChange)
  }
}
