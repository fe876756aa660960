/**
 * `npm run demo:live`: serves the built site and replays race 11 of the 2023 Carrera Cup
 * (Indianapolis) as a live weekend: scheduled, a running order that changes every few seconds,
 * provisional at the flag (Hart 2nd), then official after the stewards (Hart 9th), while races
 * 12–16 have not happened yet. Open the printed booth address. `--step-seconds 3`, `--port 4174`.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { checkSchema } from '../src/data/check-schema.ts'
import { resultsSchema } from '../src/data/results-schema.ts'
import { demoPhases } from './live/demo-race.ts'
import { startDemoServer } from './live/demo-server.ts'

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const stepSeconds = option('step-seconds', 3)
const port = option('port', 4174)

const outDir = mkdtempSync(join(tmpdir(), 'pitboard-demo-'))
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } })
const file = 'public/data/ccna/2023/results/r11.json'
const official = checkSchema(file, JSON.parse(readFileSync(file, 'utf8')), resultsSchema)
if (!official.ok) throw new Error(`${file} does not validate`)
const phases = demoPhases(official.value, '20', 2)
const server = await startDemoServer(outDir, port)
for (const race of ['r12', 'r13', 'r14', 'r15', 'r16'])
  server.override(`data/ccna/2023/results/${race}.json`, null)
const show = (phase: number) => {
  const results = phases[phase]
  if (results === undefined) return
  server.override('data/ccna/2023/results/r11.json', JSON.stringify(results, null, 2))
  console.log(
    `${new Date().toLocaleTimeString()}  race 11: ${results.status}${results.status === 'live' ? ` (update ${phase})` : ''}`,
  )
}
show(0)
console.log(
  `\nPitboard live demo: ${server.url}?series=ccna&season=2023&champ=pro&view=booth\n(Ctrl-C to stop)\n`,
)
let phase = 0
const timer = setInterval(() => {
  phase += 1
  show(phase)
  if (phase >= phases.length - 1) clearInterval(timer)
}, stepSeconds * 1000)
process.on('SIGINT', () => {
  clearInterval(timer)
  void server.close().then(() => process.exit(0))
})
