/**
 * A dynamic `import()` that fetches again after it failed (docs/dashboard.md#faults).
 *
 * Asking for the same address again is not enough: some browsers keep a failed module in their
 * module map for the life of the page, and a 404 sent with `Cache-Control: max-age` (as GitHub
 * Pages does) is answered from the HTTP cache without a request. So once a load has failed, the
 * next one asks for the file the error names at a new address (`?retry=N`); the module's own
 * imports still resolve to the files already loaded. A stylesheet that failed is fetched again
 * the same way. Where the error names no file of this site (Safari names none), the next load
 * simply tries again.
 *
 * Every caller of one module must share its loader (the idle prefetch and the view itself), so
 * a failed prefetch makes the view's first load a fresh one.
 */
export function retryableImport<M>(
  load: () => Promise<M>,
  timeoutMs: number = LOAD_TIMEOUT_MS,
): () => Promise<M> {
  let loading: Promise<M> | null = null
  let failure = ''
  let tries = 0
  return () =>
    (loading ??= withTimeout(
      tries++ === 0 ? load() : loadAfresh(load, failure, tries - 1),
      timeoutMs,
    ).catch((error: unknown) => {
      loading = null
      failure = error instanceof Error ? error.message : ''
      throw error
    }))
}

/**
 * How long a file of the site's code may take: a file that never answers (a host that hangs)
 * fails like one that answers 404, so the view offers Retry instead of a skeleton for ever
 * (issue 22 #7; the first load of the data waits as long, src/data/http-reader.ts).
 */
const LOAD_TIMEOUT_MS = 15_000

function withTimeout<M>(loading: Promise<M>, ms: number): Promise<M> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`No answer for the site's code within ${ms / 1000} s`)),
      ms,
    )
  })
  return Promise.race([loading, late]).finally(() => clearTimeout(timer))
}

/**
 * The file a failed load names, last in the message: Chromium and Firefox for a module
 * ("… dynamically imported module: <url>"), Vite for a view's stylesheet ("Unable to preload
 * CSS for <url>", after which Vite never asks for it again).
 */
const NAMED_FILE = /(module:|CSS for) (\S+)$/

async function loadAfresh<M>(load: () => Promise<M>, failure: string, tries: number): Promise<M> {
  const [, kind, address = ''] = NAMED_FILE.exec(failure) ?? []
  const url = new URL(address, window.location.href)
  if (kind === undefined || url.origin !== window.location.origin) return load()
  url.searchParams.set('retry', String(tries))
  if (kind === 'CSS for') {
    await new Promise((resolve, reject) => {
      const link = document.createElement('link')
      link.rel = 'stylesheet'
      link.href = url.href
      link.onload = resolve
      link.onerror = () => reject(new Error(`Unable to preload CSS for ${url.href}`))
      document.head.append(link)
    })
    return load()
  }
  const fresh: unknown = await import(/* @vite-ignore */ url.href)
  if (!isModuleNamespace<M>(fresh)) throw new Error(`${url.href} did not load as a module`)
  return fresh
}

/** What `import()` gives: a module namespace object (the same file, at another address). */
function isModuleNamespace<M>(value: unknown): value is M {
  return Object.prototype.toString.call(value) === '[object Module]'
}
