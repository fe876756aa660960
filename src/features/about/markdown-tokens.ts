import type { MarkedToken, Token } from 'marked'

const KNOWN: ReadonlySet<string> = new Set([
  'blockquote',
  'br',
  'checkbox',
  'code',
  'codespan',
  'def',
  'del',
  'em',
  'escape',
  'heading',
  'hr',
  'html',
  'image',
  'link',
  'list',
  'list_item',
  'paragraph',
  'space',
  'strong',
  'table',
  'text',
])

/** A token of Markdown itself, not an extension's (none are used): narrowed by its `type`. */
export function isKnown(token: Token): token is MarkedToken {
  return KNOWN.has(token.type)
}

/** "Rules, as the facts establish them" → "rules-as-the-facts-establish-them", a link target. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
}

/**
 * A link the page may follow: web and mail addresses, an anchor on the page, and addresses
 * relative to the page (read from `base`); anything else (`javascript:`, `data:`) is null and
 * shows as its words.
 */
export function safeHref(href: string, base: string): string | null {
  if (href.startsWith('#')) return href
  try {
    const url = new URL(href, base)
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null
  } catch {
    return null
  }
}
