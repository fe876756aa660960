import { expect, test } from 'vitest'
import { findJsonErrorOffset } from '../../src/data/json-error-offset.ts'
import { parseJson } from '../../src/data/parse-json.ts'

test('valid JSON comes back as a value, with or without a byte-order mark', () => {
  expect(parseJson('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } })
  expect(parseJson('\ufeff[true]')).toEqual({ ok: true, value: [true] })
})

test('syntax errors say where they are', () => {
  expect(parseJson('{\n  "a": 1\n  "b": 2\n}')).toEqual({
    ok: false,
    message: "not valid JSON at line 3, column 3: Expected ',' or '}' after property value",
  })
  expect(parseJson('[1,\n 2,,3]')).toEqual({
    ok: false,
    message: "not valid JSON at line 2, column 4: Unexpected token ',' (the text is not JSON)",
  })
  expect(parseJson('{"a":')).toEqual({
    ok: false,
    message: 'not valid JSON at the end of the file: Unexpected end of JSON input',
  })
})

test('an empty file and an HTML page (a server fallback) get messages of their own', () => {
  expect(parseJson('  \n')).toEqual({ ok: false, message: 'the file is empty: expected JSON' })
  expect(parseJson('<!doctype html><html></html>')).toEqual({
    ok: false,
    message: 'expected JSON but the file is HTML or XML (is the path right?)',
  })
})

test('the offset finder agrees with JSON.parse on what is valid', () => {
  const valid = ['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"]}', ' 0 ', '"s"']
  for (const text of valid) expect([text, findJsonErrorOffset(text)]).toEqual([text, null])
  const invalid: Array<[string, number]> = [
    ['[1,,2]', 3],
    ['{"a" 1}', 5],
    ['{"a":1,}', 7],
    ['[01]', 2],
    ['tru', 3],
    ['"a\\x"', 3],
    ['[1] x', 4],
    ["{'a':1}", 1],
  ]
  for (const [text, offset] of invalid) {
    expect(() => {
      JSON.parse(text)
    }).toThrow()
    expect([text, findJsonErrorOffset(text)]).toEqual([text, offset])
  }
})

test("bug: a syntax error repeated the runtime's excerpt of the file — half an emoji, control characters — now only the character, whole or escaped", () => {
  expect(parseJson('{"name": 😀}')).toEqual({
    ok: false,
    message: "not valid JSON at line 1, column 10: Unexpected token '😀' (the text is not JSON)",
  })
  expect(parseJson('{"name":\u001b[2J}')).toEqual({
    ok: false,
    message:
      "not valid JSON at line 1, column 9: Unexpected token '\\u001b' (the text is not JSON)",
  })
})
