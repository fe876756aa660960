import { expect, test } from 'vitest'
import { boardBadges, boothBoard, boothBoards } from '../../src/model/booth-board.ts'
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

test('published: after race 11 of 2023 — Dickinson 281 (+28), Sargent 119 behind (+16 this race), Martin 130 (+22)', () => {
  const step = ccna.standings.scored.findIndex((r) => r.race.race.id === 'r11')
  const board = boothBoard(ccna, 'pro', step, { pair: [], top: 3 })
  expect([board?.championship, board?.after]).toEqual(['Pro', 'After R11 · Indianapolis'])
  expect(board?.leader).toMatchObject({ name: 'Riley Dickinson', points: 281, gained: 28 })
  expect(board?.battle).toEqual({
    kind: 'top',
    rows: [
      expect.objectContaining({ name: 'Tom Sargent', points: 162, gap: 119, gapChange: 16 }),
      expect.objectContaining({ name: 'Will Martin', points: 151, gap: 130, gapChange: 22 }),
    ],
  })
  // After race 1 there is no race before to measure a change against.
  const first = boothBoard(ccna, 'pro', 0, { pair: [], top: 2 })
  expect(first?.battle.kind === 'top' && first.battle.rows[0]?.gapChange).toBeNull()
})

test('a pair across classes is listed the class of the one ahead first, whichever was picked first', () => {
  const boards = boothBoards(ccna, classes, last, { pair: ['efrin-castro', 'tom-sargent'], top: 5 })
  expect(boards.map((b) => b.championships)).toEqual([['pro-am', 'pro']])
})

test('one entry picked is no pair: the top N; a championship the season lacks has no board', () => {
  const [pro] = boothBoards(ccna, ['pro'], last, { pair: ['tom-sargent'], top: 3 })
  expect(pro?.battle.kind).toBe('top')
  expect(boothBoard(ccna, 'nope', last, { pair: [], top: 3 })).toBeNull()
  expect(boothBoards(ccna, ['nope'], last, { pair: [], top: 3 })).toEqual([])
  // A pair naming an entry no board has: each championship its own board.
  expect(
    boothBoards(ccna, classes, last, { pair: ['tom-sargent', 'nobody'], top: 3 }).map(
      (b) => b.battle.kind,
    ),
  ).toEqual(['top', 'top', 'top'])
})

test("the permutations board's badges: the status word, RECONSTRUCTED where fill-ins count", () => {
  expect(boardBadges(ccna, ['pro'], last)).toEqual({
    status: { kind: 'official' },
    word: 'OFFICIAL',
    reconstructed: 'RECONSTRUCTED',
  })
  expect(boardBadges(f1, ['drivers'], f1.standings.scored.length - 1)).toEqual({
    status: { kind: 'official' },
    word: 'OFFICIAL',
    reconstructed: null,
  })
})
