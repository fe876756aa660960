/**
 * A read index.html starts before the code arrives (`window.__pitboardEarly`, keyed by its whole
 * address): the first read of the same address takes its answer, once; later reads, and reads of
 * any other address, fetch afresh (docs/performance.md#dashboard). Undefined when there is none.
 */
export function takeEarlyRead(url: string): Promise<Response> | undefined {
  const early: unknown = Reflect.get(globalThis, '__pitboardEarly')
  if (typeof early !== 'object' || early === null) return undefined
  const location: unknown = Reflect.get(globalThis, 'location')
  const base: unknown = location instanceof Object ? Reflect.get(location, 'href') : undefined
  const address = typeof base === 'string' ? new URL(url, base).href : url
  const read: unknown = Reflect.get(early, address)
  Reflect.deleteProperty(early, address)
  return read instanceof Promise ? read.then(asResponse) : undefined
}

function asResponse(value: unknown): Response {
  if (value instanceof Response) return value
  throw new TypeError('not a response')
}
