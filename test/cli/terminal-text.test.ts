import fc from 'fast-check'
import { expect, test } from 'vitest'
import { terminalText } from '../../src/cli/terminal-text.ts'
import { pitboard } from '../fixtures/run-cli.ts'

test('control characters and lone surrogates become JSON-style escapes; everything else is kept', () => {
  expect(terminalText('a\u001b[2Jb\u0000c\u009bd\u007f')).toBe(
    'a\\u001b[2Jb\\u0000c\\u009bd\\u007f',
  )
  expect(terminalText('x\ud800y')).toBe('x\\ud800y')
  // Line feeds and tabs lay out tables; names in every script and emoji pass as they are.
  const kept = 'Pos\tName\nJürgen Müller 周冠宇 Даниил Квят 🏁\n'
  expect(terminalText(kept)).toBe(kept)
  // CSV lines end in CR LF (RFC 4180); a lone CR could overwrite a line, so it is escaped.
  expect(terminalText('a,b\r\nc,d\r\n')).toBe('a,b\r\nc,d\r\n')
  expect(terminalText('safe\rspoof')).toBe('safe\\u000dspoof')
  // Escaped this way, a JSON document keeps its meaning.
  const json = JSON.stringify({ name: 'a\u0085b' })
  expect(JSON.parse(terminalText(json))).toEqual({ name: 'a\u0085b' })
})

test('bug: the CLI echoed paths from the command line as they were — an escape sequence in a folder name reached the terminal', () => {
  const folder = '/nonexistent/\u001b[2J\u001b[31mred\u0007'
  const { code, stdout, stderr } = pitboard('validate', folder)
  expect(code).toBe(2)
  const output = stdout + stderr
  expect(output).toContain('\\u001b[2J\\u001b[31mred\\u0007')
  expect(output).not.toMatch(/(?![\n\t])\p{Cc}/u)
})

test('the fast pre-check never lets through what the exact rule escapes (any text, controls and surrogates mixed in)', () => {
  const exact = (text: string) =>
    text.replace(
      /(?!\r\n|[\n\t])\p{Cc}|\p{Cs}/gu,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
  const piece = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.constantFrom('\r\n', '\r', '\n', '\t', '\u001b', '\u007f', '\u0085', '\ud83c', '🏁'),
  )
  fc.assert(
    fc.property(fc.array(piece), (pieces) => {
      const text = pieces.join('')
      expect(terminalText(text)).toBe(exact(text))
    }),
    { numRuns: 500 },
  )
})
