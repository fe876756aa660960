import { test } from 'vitest'
import { cliImportDoor } from '../fixtures/doors/cli-import.ts'
import { assertDoor } from '../fixtures/hostile.ts'

test('adversarial: pitboard import with hostile timing files and any flags leaves the folder as it was or a season validate accepts, nothing lost', async () => {
  await assertDoor(cliImportDoor, 60, 13)
}, 120_000)
