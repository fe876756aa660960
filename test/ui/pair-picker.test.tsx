// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import type { Candidate } from '../../src/ui/candidate-groups.ts'
import { PairPicker } from '../../src/ui/pair-picker.tsx'

afterEach(cleanup)

const CANDIDATES: ReadonlyArray<Candidate> = [
  { id: 'riley-dickinson', name: 'Riley Dickinson', group: 'Pro' },
  { id: 'tom-sargent', name: 'Tom Sargent', group: 'Pro' },
  { id: 'efrin-castro', name: 'Efrin Castro', group: 'Pro-Am' },
  { id: 'mark-kvamme', name: 'Mark Kvamme', group: 'Am' },
]

test('one group named for screen readers, two labelled selects, each listing every class once in an optgroup', () => {
  render(
    <PairPicker
      candidates={CANDIDATES}
      value={['tom-sargent', 'efrin-castro']}
      onChange={() => {}}
    />,
  )
  const group = screen.getByRole('group', { name: 'Pair to compare' })
  const a = within(group).getByRole('combobox', { name: 'Driver A' })
  const b = within(group).getByRole('combobox', { name: 'Driver B' })
  expect(a).toHaveDisplayValue('Tom Sargent')
  expect(b).toHaveDisplayValue('Efrin Castro')
  for (const select of [a, b]) {
    const groups = within(select).getAllByRole('group')
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['Pro', 'Pro-Am', 'Am'])
    expect(within(select).getAllByRole('option')).toHaveLength(CANDIDATES.length)
  }
})

test('picking writes the whole pair; picking the other side’s entry swaps the two, never one entry twice', async () => {
  const user = userEvent.setup()
  const onChange = vi.fn()
  render(
    <PairPicker
      candidates={CANDIDATES}
      value={['riley-dickinson', 'tom-sargent']}
      onChange={onChange}
    />,
  )
  await user.selectOptions(screen.getByRole('combobox', { name: 'Driver B' }), 'efrin-castro')
  expect(onChange).toHaveBeenLastCalledWith(['riley-dickinson', 'efrin-castro'])
  await user.selectOptions(screen.getByRole('combobox', { name: 'Driver A' }), 'tom-sargent')
  expect(onChange).toHaveBeenLastCalledWith(['tom-sargent', 'riley-dickinson'])
})

test('with no pair yet: both sides say "Pick a driver", the first side picked waits for the second', async () => {
  const user = userEvent.setup()
  const onChange = vi.fn()
  render(<PairPicker candidates={CANDIDATES} value={[]} onChange={onChange} />)
  const a = screen.getByRole('combobox', { name: 'Driver A' })
  const b = screen.getByRole('combobox', { name: 'Driver B' })
  expect(a).toHaveDisplayValue('Pick a driver')
  await user.selectOptions(a, 'tom-sargent')
  expect(onChange).not.toHaveBeenCalled()
  expect(a).toHaveDisplayValue('Tom Sargent')
  await user.selectOptions(b, 'efrin-castro')
  expect(onChange).toHaveBeenCalledExactlyOnceWith(['tom-sargent', 'efrin-castro'])
})

test('keyboard: Tab reaches A, then B; labels for teams are said', async () => {
  const user = userEvent.setup()
  render(
    <PairPicker
      candidates={[
        { id: 'mercedes', name: 'Mercedes' },
        { id: 'ferrari', name: 'Ferrari' },
      ]}
      value={['mercedes', 'ferrari']}
      onChange={() => {}}
      teams
    />,
  )
  await user.tab()
  expect(screen.getByRole('combobox', { name: 'Team A' })).toHaveFocus()
  await user.tab()
  expect(screen.getByRole('combobox', { name: 'Team B' })).toHaveFocus()
  // Without classes, no optgroup.
  expect(within(screen.getByRole('combobox', { name: 'Team A' })).queryAllByRole('group')).toEqual(
    [],
  )
})

test('bug: the booth of the Carrera Cup Entrants offered "Pick a driver" — a teams picker asks for a team', () => {
  render(
    <PairPicker
      candidates={[{ id: 'kellymoss', name: 'Kellymoss' }]}
      value={[]}
      onChange={() => {}}
      teams
    />,
  )
  expect(screen.getAllByRole('option', { name: 'Pick a team' })).toHaveLength(2)
})
