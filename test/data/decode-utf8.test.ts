import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, expect, test, vi } from 'vitest'
import { decodeUtf8, firstInvalidByte } from '../../src/data/decode-utf8.ts'
import { readFromDisk } from '../../src/data/disk-reader.ts'
import { formatFault } from '../../src/data/fault.ts'
import { readOverHttp } from '../../src/data/http-reader.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { makeSeason } from '../fixtures/build.ts'

const temp = mkdtempSync(join(tmpdir(), 'pitboard-utf8-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))
afterEach(() => vi.unstubAllGlobals())

/** season.json as a Windows editor saves it in Latin-1: "Müller" with ü as the one byte 0xFC. */
const season = makeSeason({ drivers: [{ id: 'jurgen-muller', name: 'Jürgen Müller' }] })
const latin1 = Buffer.from(JSON.stringify(season, null, 2), 'latin1')
const offset = latin1.indexOf(0xfc)
const line = latin1.subarray(0, offset).toString('latin1').split('\n').length

test('a Latin-1 season.json is read with U+FFFD (issue 22 #5) — refused, naming the file and the byte', async () => {
  const folder = join(temp, 'latin1')
  mkdirSync(folder)
  writeFileSync(join(folder, 'season.json'), latin1)
  const check = await validateSeason(folder, readFromDisk)
  expect(check.faults.map(formatFault)).toEqual([
    `season.json: ${folder}/season.json is not UTF-8: byte ${offset} (line ${line}) is 0xFC, "ü" in Latin-1: save it as UTF-8`,
  ])
  expect(check.season).toBeNull()
  // A fault of the file, as bad JSON is (the CLI exits 1), not a file it could not read (2).
  expect(check.unreadable).toEqual([])
})

test('a Latin-1 result file is refused the same way over HTTP, where text() gave U+FFFD', async () => {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(latin1)))
  expect(await readOverHttp('/data/x/season.json')).toEqual({
    kind: 'error',
    notText: true,
    message: `/data/x/season.json is not UTF-8: byte ${offset} (line ${line}) is 0xFC, "ü" in Latin-1: save it as UTF-8`,
  })
  vi.stubGlobal('fetch', () => Promise.resolve(new Response('\ufeff{"a":"ü"}')))
  expect(await readOverHttp('/data/x/season.json')).toEqual({
    kind: 'text',
    text: '\ufeff{"a":"ü"}',
  })
})

test('UTF-8 is read as it is, byte-order mark kept; UTF-16 is named', () => {
  const utf8 = new TextEncoder().encode('\ufeff{"name":"周冠宇 🏁"}')
  expect(decodeUtf8(utf8, 'a.json')).toEqual({ ok: true, text: '\ufeff{"name":"周冠宇 🏁"}' })
  expect(decodeUtf8(Buffer.from('\ufeff{}', 'utf16le'), 'b.json')).toEqual({
    ok: false,
    message:
      'b.json is not UTF-8: it is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8',
  })
})

test('firstInvalidByte: overlong forms, surrogates, past U+10FFFF and cut sequences are not UTF-8', () => {
  const at = (...bytes: ReadonlyArray<number>) => firstInvalidByte(Uint8Array.from(bytes))
  expect(at(0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x8f, 0x81)).toBe(10) // a é € 🏁
  expect(at(0x61, 0xc0, 0xaf)).toBe(1) // overlong "/"
  expect(at(0x61, 0x62, 0xed, 0xa0, 0x80)).toBe(2) // a surrogate
  expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0) // past U+10FFFF
  expect(at(0x61, 0xe2, 0x82)).toBe(1) // cut short
  expect(at(0x61, 0x80)).toBe(1) // a lone continuation byte
})
