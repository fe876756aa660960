import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const INSTALL = 'apt-get install -y --no-install-recommends chromium fonts-liberation'

/**
 * Debian's Chromium (Playwright's own download is unreachable here). Installed with apt when
 * missing and we are root; otherwise the error says what to run.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot) {
    try {
      execFileSync(
        'sh',
        ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${INSTALL} -qq`],
        {
          stdio: 'inherit',
        },
      )
    } catch {
      // fall through to the message below
    }
  }
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}. Install it with: sudo ${INSTALL}`)
}

export async function launchChromium(): Promise<Browser> {
  ensureChromium()
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}
