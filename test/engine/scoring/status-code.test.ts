import { expect, test } from 'vitest'
import { STATUS_CODES } from '../../../src/engine/scoring/status-code.ts'

test('a car not classified is written as result sheets write it', () => {
  expect(STATUS_CODES).toEqual({ dnf: 'Ret', dns: 'DNS', dsq: 'DSQ', nc: 'NC' })
})
