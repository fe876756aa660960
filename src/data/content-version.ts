/**
 * A short fingerprint of a file's text, written into the season's manifest
 * (docs/data-format.md#the-manifest): it changes whenever the text does, so a viewer fetches a
 * file again only when its version changes. cyrb53 (53-bit, public domain): not a security hash,
 * only a change detector, and the same in the browser, the CLI and the tests.
 */
export function contentVersion(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0)
  return value.toString(36).padStart(11, '0')
}
