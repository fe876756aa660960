/** The outcome of reading one file of a season folder, from disk or over HTTP. */
export type ReadResult =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' }
  | {
      readonly kind: 'error'
      readonly message: string
      /**
       * True when the file was read but is not UTF-8 text (src/data/decode-utf8.ts): a fault of
       * its content, like a JSON syntax error, not of the reading (reading again will not help).
       */
      readonly notText?: boolean
    }

/**
 * Reads a file given its path or URL; a missing file is an answer, not an error. `fresh`: over
 * HTTP, ask the server without validators (If-Modified-Since, If-None-Match), for a server whose
 * validators cannot be trusted (docs/deploying.md#live-feed).
 */
export type ReadText = (
  location: string,
  options?: { readonly fresh?: boolean },
) => Promise<ReadResult>

/** `folder` joined with a relative path from season.json. */
export function joinLocation(folder: string, relative: string): string {
  return folder === '' ? relative : `${folder.replace(/\/+$/, '')}/${relative}`
}
