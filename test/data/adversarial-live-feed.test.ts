import { test } from 'vitest'
import { staleEdgesDoor } from '../fixtures/doors/stale-edges.ts'
import { assertDoor } from '../fixtures/hostile.ts'

// Issue 22's stale edges on a fixed seed; `npm run adversarial` runs them at full size.
test('adversarial: a live feed from a misbehaving host never goes back, never drops a race unseen, never floods', async () => {
  await assertDoor(staleEdgesDoor, 200, 22)
}, 60_000)
