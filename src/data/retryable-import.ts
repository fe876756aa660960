/**
 * A dynamic `import()` that fetches again after it failed (docs/dashboard.md#faults).
 *
 * Asking for the same address again is not enough: some browsers keep a failed module in their
 * module map for the life of the page, and a 404 sent with `Cache-Control: max-age` (as GitHub
 * Pages does) is answered from the HTTP cache without a request. So once a load has failed, the
 * next one asks for the file the error names at a new address (`?retry=N`); the module's own
 * imports still resolve to the files already loaded. A stylesheet that failed is fetched again
 * the same way. Where the error names no file (Safari), the next load simply tries again.
 *
 * Every caller of one module must share its loader (the idle prefetch and the view itself), so
 * a failed prefetch makes the view's first load a fresh one.
 */
export function retryableImport<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | null = null
  let failure: unknown = null
  let tries = 0
  return () => {
    if (loading === null) {
      const attempt = tries
      tries += 1
      loading = (attempt === 0 ? load() : loadAfresh(load, failure, attempt)).catch(
        (error: unknown) => {
          loading = null
          failure = error
          throw error
        },
      )
    }
    return loading
  }
}

/** The file a failed dynamic import names: Chromium and Firefox put its address last. */
const FAILED_MODULE = /dynamically imported module: (\S+)$/
/** Vite's message when a view's stylesheet failed before its code was asked for. */
const FAILED_STYLESHEET = /^Unable to preload CSS for (\S+)$/

async function loadAfresh<M>(load: () => Promise<M>, failure: unknown, tries: number): Promise<M> {
  const message = failure instanceof Error ? failure.message : ''
  const stylesheet = sameOrigin(FAILED_STYLESHEET.exec(message)?.[1])
  if (stylesheet !== null) {
    // Vite does not ask for a stylesheet it has tried once: fetch it ourselves, then the code.
    await addStylesheet(withRetry(stylesheet, tries))
    return load()
  }
  const module = sameOrigin(FAILED_MODULE.exec(message)?.[1])
  if (module === null) return load()
  const fresh: unknown = await import(/* @vite-ignore */ withRetry(module, tries))
  if (!isModuleNamespace<M>(fresh)) throw new Error(`${module} did not load as a module`)
  return fresh
}

/** Only the site's own files are asked for again. */
function sameOrigin(address: string | undefined): URL | null {
  if (address === undefined) return null
  try {
    const url = new URL(address, document.baseURI)
    return url.origin === window.location.origin ? url : null
  } catch {
    return null
  }
}

function withRetry(url: URL, tries: number): string {
  const fresh = new URL(url)
  fresh.searchParams.set('retry', String(tries))
  return fresh.href
}

function addStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = href
    link.addEventListener('load', () => resolve())
    link.addEventListener('error', () => {
      link.remove()
      reject(new Error(`Unable to preload CSS for ${href}`))
    })
    document.head.append(link)
  })
}

/** What `import()` gives: a module namespace object (the same file, at another address). */
function isModuleNamespace<M>(value: unknown): value is M {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.prototype.toString.call(value) === '[object Module]'
  )
}
