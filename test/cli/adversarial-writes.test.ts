import { test } from 'vitest'
import { chunkedExportsDoor } from '../fixtures/doors/chunked-exports.ts'
import { writeKillsDoor } from '../fixtures/doors/write-kills.ts'
import { assertDoor } from '../fixtures/hostile.ts'

// The doors of issue 22 on a fixed seed; `npm run adversarial` runs them at full size.
test('adversarial: a write killed or failing at any step leaves the old season or the new, repaired at the next start', async () => {
  await assertDoor(writeKillsDoor, 80, 22)
}, 60_000)

test('adversarial: an export written in chunks is published whole or not at all', async () => {
  await assertDoor(chunkedExportsDoor, 10, 22)
}, 60_000)
