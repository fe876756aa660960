/**
 * Text on its way to a terminal (docs/cli.md#output): control characters (C0 but line feed,
 * tab and the CR LF that ends a CSV line; DEL; C1) and lone surrogates are written as `\u001b`
 * escapes, so a name, a path given on the command line or a file's content can never move the
 * cursor, recolour or clear the screen. The escape is JSON's own: JSON output keeps its meaning.
 */
const UNPRINTABLE = /(?!\r\n|[\n\t])\p{Cc}|\p{Cs}/gu
/**
 * Every character UNPRINTABLE can match, and a few more (CR of CRLF, surrogate pairs): a plain
 * class without the `u` flag scans about four times as fast, and almost all output has none.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MAYBE_UNPRINTABLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]/

export function terminalText(text: string): string {
  if (!MAYBE_UNPRINTABLE.test(text)) return text
  UNPRINTABLE.lastIndex = 0
  if (!UNPRINTABLE.test(text)) return text
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
