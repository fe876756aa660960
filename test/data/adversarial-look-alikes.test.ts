import { expect, test } from 'vitest'
import { lookAlikeIdsDoor, twin } from '../fixtures/doors/look-alike-ids.ts'
import { assertDoor } from '../fixtures/hostile.ts'

// Issue 22's look-alike ids on a fixed seed; `npm run adversarial` runs them at full size.
test('adversarial: one person written two ways is warned, refused or matched at every door, never split in two', async () => {
  await assertDoor(lookAlikeIdsDoor, 300, 22)
}, 60_000)

test('the twins look the same and are not the same text', () => {
  expect(twin('Riley Dickinson', 'cyrillic', 12)).toBe('Riley Dickin\u0455on')
  expect(twin('Riley Dickinson', 'zwj', 4)).toBe('Rile\u200dy Dickinson')
  expect(twin('jason-hart', 'fullwidth', 2)).toBe('jaｓon-hart')
  expect(twin('Sébastien Buemi', 'nfd', 0)).toBe('Se\u0301bastien Buemi')
})
