import { spawn } from 'node:child_process'
import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { benchNginxConf } from './nginx-conf.ts'

/** nginx on this machine: $NGINX, /usr/sbin/nginx, or on the PATH; null when absent. */
export function findNginx(): string | null {
  const candidates = [
    process.env.NGINX,
    '/usr/sbin/nginx',
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx')),
  ]
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === '') continue
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // Not here.
    }
  }
  return null
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (typeof address !== 'object' || address === null) throw new Error('no free port')
  return address.port
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

export interface Proxy {
  readonly port: number
  readonly pid: number
  readonly close: () => Promise<void>
}

/**
 * nginx as the caching proxy in front of the origin (scripts/live/nginx-conf.ts), run in the
 * foreground as a child of this process with everything it writes (pid, logs, temporary files,
 * the cache) in a fresh temporary folder, so each run starts with an empty cache.
 */
export async function startNginx(nginx: string, originPort: number): Promise<Proxy> {
  const prefix = mkdtempSync(join(tmpdir(), 'pitboard-nginx-'))
  const cacheDir = join(prefix, 'cache')
  mkdirSync(cacheDir)
  const port = await freePort()
  const conf = join(prefix, 'nginx.conf')
  writeFileSync(
    conf,
    benchNginxConf({
      prefix,
      port,
      cacheDir,
      origin: `127.0.0.1:${originPort}`,
      asRoot: process.getuid?.() === 0,
    }),
  )
  const child = spawn(
    nginx,
    ['-p', `${prefix}/`, '-e', join(prefix, 'error.log'), '-c', conf, '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  let exited = false
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true
      resolve()
    }),
  )
  const log = () => {
    try {
      return readFileSync(join(prefix, 'error.log'), 'utf8')
    } catch {
      return ''
    }
  }
  const deadline = Date.now() + 10_000
  while (!(await answers(port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`nginx did not start:\n${stderr}${log()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const pid = child.pid
  if (pid === undefined) throw new Error('nginx has no pid')
  return {
    port,
    pid,
    close: async () => {
      if (!exited) child.kill('SIGTERM')
      await exit
      rmSync(prefix, { recursive: true, force: true })
    },
  }
}
