// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { Booth } from '../../../src/features/booth/booth.tsx'
import type { RevisionFacts } from '../../../src/model/revision-headline.ts'
import { shippedModel, summaryAfter } from '../../fixtures/shipped-summary.ts'

afterEach(cleanup)

const ccna = await shippedModel('ccna/2023')
const step = ccna.standings.scored.findIndex((race) => race.race.race.id === 'r11')
const revision: RevisionFacts = {
  race: 'r11',
  raceName: 'Race 2, Indianapolis',
  cars: ['car 20 2nd → 9th'],
  movedCars: ['20'],
  standings: [],
  moves: [
    {
      championship: 'pro',
      championshipName: 'Pro',
      id: 'jason-hart',
      name: 'Jason Hart',
      from: 4,
      to: 5,
      gapFrom: 148,
      gapTo: 161,
    },
  ],
  at: Date.UTC(2023, 8, 16, 19, 2, 11),
  notes: ['Car 20 (Hart): 10-second time penalty, 2nd -> 9th'],
  status: { from: 'provisional', to: 'official' },
}
const props = {
  model: ccna,
  championships: ['pro'],
  step,
  pick: { pair: [], top: 5 },
  scenarios: summaryAfter(ccna, 'pro', 'r11'),
  permutations: summaryAfter(ccna, 'pro', 'r11').permutations,
  permutationsPending: false,
  focus: 'pro',
  board: 'standings',
  tableHref: '?view=permutations',
  revision,
  revisionOnAir: true,
} as const

test('off air: a button into presentation mode, and the latest revision above the boards', () => {
  render(<Booth {...props} present={false} presentHref="?present=1" />)
  expect(screen.getByRole('link', { name: 'Presentation mode P' }).getAttribute('href')).toBe(
    '?present=1',
  )
  const latest = screen.getByText(/^Latest revision, /).closest('p')
  expect(latest?.textContent).toMatch(
    /^Latest revision, \d\d:\d\d:\d\d: OFFICIAL — R11: Hart 4th → 5thCar 20 \(Hart\): 10-second time penalty, 2nd -> 9th$/,
  )
  // It comes before the first board in the page, so it is above the fold.
  const board = screen.getByRole('region', { name: 'Pro booth' })
  expect(latest?.compareDocumentPosition(board)).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
  expect(within(board).queryByRole('status')).toBeNull()
})

test('on air: the board says the revision while it is new, then settles; its status always', () => {
  const { rerender } = render(<Booth {...props} present presentHref="?" />)
  const board = screen.getByRole('region', { name: 'Pro booth' })
  expect(within(board).getByRole('status').textContent).toBe(
    'OFFICIAL — R11: Hart 4th → 5thCar 20 (Hart): 10-second time penalty, 2nd -> 9th',
  )
  expect(screen.getByRole('link', { name: 'Leave presentation Esc' })).toBeInTheDocument()
  rerender(<Booth {...props} present presentHref="?" revisionOnAir={false} />)
  expect(within(board).queryByRole('status')).toBeNull()
  expect(board.querySelector('.booth-after .status-badge')?.textContent).toBe('OFFICIAL')
})

test('a pair across classes: one board, each entry with its class badge', () => {
  render(
    <Booth
      {...props}
      championships={['pro', 'pro-am', 'am']}
      pick={{ pair: ['tom-sargent', 'efrin-castro'], top: 5 }}
      present
      presentHref="?"
      revision={null}
    />,
  )
  const board = screen.getByRole('region', { name: 'Pro-Am · Pro booth' })
  expect(screen.getAllByRole('region', { name: /booth$/ })).toHaveLength(1)
  expect([...board.querySelectorAll('.class-badge')].map((b) => b.textContent)).toEqual([
    'Pro-Am',
    'Pro',
  ])
})

test('bug: the permutations board on air carried no status — OFFICIAL and RECONSTRUCTED on it as on every board', () => {
  render(<Booth {...props} board="permutations" present presentHref="?" revision={null} />)
  const board = screen.getByRole('region', { name: 'Pro permutations board' })
  expect(
    [...board.querySelectorAll('.booth-after .status-badge')].map((b) => b.textContent),
  ).toEqual(['OFFICIAL', 'RECONSTRUCTED'])
})
