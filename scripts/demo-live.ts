/**
 * `npm run demo:live`: race 11 of the 2023 Carrera Cup (Indianapolis) as a live weekend run the
 * way an operator runs one (docs/cli.md#watch): the built site is served, `pitboard watch` watches
 * a timing folder, and every few seconds the "timing provider" drops the next Al Kamel CSV into it
 * — running orders, provisional at the flag (Hart 2nd), official after the stewards (Hart 9th) —
 * while races 12–16 have not happened yet. Open the printed booth address; the watch log follows.
 * `--step-seconds 3`, `--port 4174`.
 */
import { startDemoWeekend } from './live/demo-weekend.ts'

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback
  return Number.isFinite(value) && value > 0 ? value : fallback
}

const weekend = await startDemoWeekend({
  port: option('port', 4174),
  stepSeconds: option('step-seconds', 3),
  log: (line) => console.log(line),
})
console.log(
  `\nPitboard live demo: ${weekend.url}?series=ccna&season=2023&champ=pro&view=booth\n(Ctrl-C to stop)\n`,
)
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    void weekend.close().then(() => process.exit(0))
  })
