/**
 * A read index.html starts before the code arrives (`window.__pitboardEarly`, keyed by the path
 * under the site): the first read of that file takes its answer, once; later reads fetch afresh
 * (docs/performance.md#dashboard). Undefined when there is none, or it was taken.
 */
export function takeEarlyRead(path: string): Promise<Response> | undefined {
  const early: unknown = Reflect.get(globalThis, '__pitboardEarly')
  if (typeof early !== 'object' || early === null) return undefined
  const read: unknown = Reflect.get(early, path)
  Reflect.deleteProperty(early, path)
  return read instanceof Promise ? read.then(asResponse) : undefined
}

function asResponse(value: unknown): Response {
  if (value instanceof Response) return value
  throw new TypeError('not a response')
}
