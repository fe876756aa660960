import { build } from 'esbuild'
import type { Plugin } from 'vite'

const MARK = '<!-- early reads: src/data/early-reads-boot.ts -->'

/**
 * Inlines the first reads (src/data/early-reads.ts, with the app's own season choice) into
 * index.html as a small script that runs before the code downloads (docs/performance.md#dashboard).
 * Built with esbuild as one script of its own; the content-security-policy plugin then allows it
 * by its hash like the other inline scripts.
 */
export function earlyReads(): Plugin {
  return {
    name: 'pitboard-early-reads',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(MARK)) throw new Error(`index.html: no "${MARK}" to replace`)
        const out = await build({
          entryPoints: ['src/data/early-reads-boot.ts'],
          bundle: true,
          write: false,
          format: 'iife',
          minify: true,
          target: 'es2020',
          logLevel: 'error',
        })
        const code = out.outputFiles[0]?.text.trim() ?? ''
        return html.replace(MARK, `<script>${code}</script>`)
      },
    },
  }
}
