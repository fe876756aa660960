import { expect, test } from 'vitest'
import { boothBoard, boothBoards } from '../../src/model/booth-board.ts'
import { shippedModel } from '../fixtures/shipped-summary.ts'

const ccna = await shippedModel('ccna/2023')
const f1 = await shippedModel('f1/2021')
const classes = ['pro', 'pro-am', 'am']
const last = ccna.standings.scored.length - 1

test('every board says its status: OFFICIAL too, beside RECONSTRUCTED when it counts fill-ins', () => {
  const [pro] = boothBoards(ccna, ['pro'], last, { pair: [], top: 5 })
  expect(pro).toMatchObject({ word: 'OFFICIAL', reconstructed: 'RECONSTRUCTED' })
  const drivers = boothBoard(f1, 'drivers', f1.standings.scored.length - 1, { pair: [], top: 10 })
  expect(drivers).toMatchObject({ word: 'OFFICIAL', reconstructed: null })
  expect(drivers?.battle.kind === 'top' && drivers.battle.rows).toHaveLength(9)
})

test('bug: a pair from two classes showed each class’s top 5 — now one board, each in its own class', () => {
  const boards = boothBoards(ccna, classes, last, { pair: ['tom-sargent', 'efrin-castro'], top: 5 })
  expect(boards).toHaveLength(1)
  const [board] = boards
  // The class of the one with more points first, as the board lists them.
  expect(board).toMatchObject({ championships: ['pro-am', 'pro'], championship: 'Pro-Am · Pro' })
  expect(board?.leader).toBeNull()
  expect(board?.battle).toMatchObject({
    kind: 'pair',
    // Castro leads Pro-Am on 342; Sargent is second in Pro on 257.
    ahead: { name: 'Efrin Castro', position: 1, points: 342, inClass: { name: 'Pro-Am' } },
    behind: { name: 'Tom Sargent', position: 2, points: 257, inClass: { name: 'Pro' } },
    gap: 85,
    label: 'gap to Efrin Castro, in different classes',
  })
})

test('a pair of one class: its board shows the pair, the other classes their top N', () => {
  const boards = boothBoards(ccna, classes, last, { pair: ['will-martin', 'tom-sargent'], top: 3 })
  expect(boards.map((b) => b.battle.kind)).toEqual(['pair', 'top', 'top'])
  expect(boards[0]?.battle).toMatchObject({
    ahead: { name: 'Tom Sargent', inClass: null },
    behind: { name: 'Will Martin' },
    label: 'gap to Tom Sargent',
  })
  expect(boards[1]?.battle.kind === 'top' && boards[1].battle.rows).toHaveLength(2)
})
