import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/**
 * The built page carries a strict Content-Security-Policy (docs/deploying.md#content-security-policy):
 * scripts only from the site itself plus the page's own inline scripts (the theme, the first
 * reads, the fallback when the code does not load), each by its hash; no `unsafe-eval`, no inline
 * script otherwise. Styles allow inline
 * `style` attributes (the charts draw with them). Build only: the dev server injects scripts.
 */
const POLICY = (scriptHashes: ReadonlyArray<string>) =>
  [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.map((hash) => `'${hash}'`).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')

/** sha256 of each inline script's text, as CSP writes it. */
function inlineScriptHashes(html: string): ReadonlyArray<string> {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body]) =>
      `sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}`,
  )
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'pitboard-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY(inlineScriptHashes(html))}" />`
        return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${meta}`)
      },
    },
  }
}
