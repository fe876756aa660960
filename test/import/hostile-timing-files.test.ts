import { test } from 'vitest'
import { timingFilesDoor } from '../fixtures/doors/timing-files.ts'
import { assertDoor } from '../fixtures/hostile.ts'

test('adversarial: hostile timing files are refused in readable words naming the file, or imported whole and valid', async () => {
  await assertDoor(timingFilesDoor, 300, 13)
}, 60_000)
