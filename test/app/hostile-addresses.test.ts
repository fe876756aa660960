import { expect, test } from 'vitest'
import { addressesDoor } from '../fixtures/doors/addresses.ts'
import { assertDoor } from '../fixtures/hostile.ts'

test('adversarial: any address parses to a state whose ids fit the contract and whose own address reads back the same', async () => {
  await assertDoor(addressesDoor, 1_000, 13)
})

test('the judge accepts a canonical address and counts a repaired one as refused', async () => {
  expect(await addressesDoor.judge('?series=ccna&season=2023&champ=pro&view=chart')).toEqual({
    kind: 'accepted',
  })
  expect(await addressesDoor.judge('?season=%F0%9F&view=<script>')).toEqual({ kind: 'refused' })
})
