/** The entry script a page of the site loads: `<script type="module" … src="./assets/index-….js">`. */
const ENTRY = /<script[^>]*type="module"[^>]*src="([^"]+)"/

/**
 * Whether the site was deployed again since this page loaded (docs/deploying.md#redeploys): the
 * page at the site's root names another entry script than the one running. A redeploy removes
 * the old hashed files, so a view this page has not loaded yet can no longer load: only a reload
 * helps. Unknown (offline, no entry found) counts as unchanged.
 */
export async function buildChanged(current: string | null, timeoutMs = 5000): Promise<boolean> {
  if (current === null) return false
  try {
    const response = await fetch(import.meta.env.BASE_URL, {
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) return false
    const src = ENTRY.exec(await response.text())?.[1]
    return src !== undefined && new URL(src, response.url).pathname !== new URL(current).pathname
  } catch {
    return false
  }
}

/** The entry script of this page, as the browser resolved it. */
export function runningEntry(): string | null {
  const script = document.querySelector('script[type="module"][src]')
  return script instanceof HTMLScriptElement ? script.src : null
}
