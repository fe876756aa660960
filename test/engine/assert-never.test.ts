import { expect, test } from 'vitest'
import { assertNever } from '../../src/engine/assert-never.ts'

test('a value the types say cannot come throws, naming it (a file the edge let through unchecked)', () => {
  const impossible = JSON.parse('"retired"') as never
  expect(() => assertNever(impossible)).toThrow('Unexpected value: "retired"')
})
