import { runImport } from './import-command.ts'
import { runManifest } from './manifest-command.ts'
import { runPermutations } from './permutations-command.ts'
import { runReconcile } from './reconcile-command.ts'
import { runStandings } from './standings-command.ts'
import { parseArgs, UsageError, USAGE } from './parse-args.ts'
import { runValidate } from './validate-command.ts'
import { terminalText } from './terminal-text.ts'
import { runWatch } from './watch-command.ts'
import { WriteError } from './write-atomic.ts'

/**
 * The command-line tool (docs/cli.md): the same engine as the dashboard, over a season folder
 * on disk. Mistakes print one line and exit 2; never a stack trace.
 */
async function main(argv: ReadonlyArray<string>): Promise<number> {
  const command = parseArgs(argv)
  // Every byte the tool writes goes through terminalText: a path given on the command line or
  // a name in a file cannot send escape sequences to the terminal.
  const write = (text: string) => process.stdout.write(terminalText(text))
  const print = (text: string) => write(text.endsWith('\n') ? text : `${text}\n`)
  const warn = (line: string) => process.stderr.write(`${terminalText(line)}\n`)
  switch (command.name) {
    case 'help':
      print(USAGE)
      return 0
    case 'validate':
      return runValidate(command.folder, print)
    case 'standings':
      return runStandings(command, print, warn, {
        terminal: process.stdout.isTTY === true,
        write,
      })
    case 'permutations':
      return runPermutations(command, print, warn)
    case 'reconcile':
      return runReconcile(command, print, warn)
    case 'manifest':
      return runManifest(command, print)
    case 'import':
      return runImport(command, print, warn)
    case 'watch': {
      // Ctrl-C or a service manager's SIGTERM: finish the file in hand, then stop.
      const stop = new AbortController()
      const abort = () => stop.abort()
      process.once('SIGINT', abort)
      process.once('SIGTERM', abort)
      try {
        return await runWatch(command, print, stop.signal)
      } finally {
        process.off('SIGINT', abort)
        process.off('SIGTERM', abort)
      }
    }
  }
}

// A reader that stops early (`pitboard standings … | head`) closes the pipe: that is a normal
// end, not a failure. Stop quietly with 0; any other output error is one line and code 2.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  process.stderr.write(`pitboard: cannot write the output: ${terminalText(error.message)}\n`)
  process.exit(2)
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message =
      error instanceof UsageError || error instanceof WriteError
        ? error.message
        : `unexpected error: ${error instanceof Error ? error.message : String(error)}`
    process.stderr.write(`pitboard: ${terminalText(message)}\n`)
    process.exitCode = 2
  },
)
