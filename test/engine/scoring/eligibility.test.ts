import { expect, test } from 'vitest'
import {
  countsClass,
  countsRace,
  eligibleDrivers,
} from '../../../src/engine/scoring/eligibility.ts'
import type { Championship } from '../../../src/engine/types.ts'

const open: Championship = { id: 'all', name: 'All', kind: 'drivers' }
const limited: Championship = {
  id: 'cup',
  name: 'Cup',
  kind: 'drivers',
  classes: ['am'],
  races: ['r02'],
  tags: ['junior', 'rookie'],
}

test('without lists a championship counts every race and class', () => {
  expect([countsRace(open, 'r01'), countsClass(open, 'pro')]).toEqual([true, true])
  expect([
    countsRace(limited, 'r01'),
    countsRace(limited, 'r02'),
    countsClass(limited, 'pro'),
    countsClass(limited, 'am'),
  ]).toEqual([false, true, false, true])
})

test('tags: drivers carrying any one of them', () => {
  const drivers = [
    { id: 'a', name: 'A', tags: ['junior'] },
    { id: 'b', name: 'B', tags: ['rookie', 'guest'] },
    { id: 'c', name: 'C' },
  ]
  expect(eligibleDrivers(open, drivers)).toBeNull()
  expect([...(eligibleDrivers(limited, drivers) ?? [])]).toEqual(['a', 'b'])
  expect(eligibleDrivers({ id: 't', name: 'T', kind: 'teams' }, drivers)).toBeNull()
})
