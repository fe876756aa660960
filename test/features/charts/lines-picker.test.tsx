// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import { LinesPicker } from '../../../src/features/charts/lines-picker.tsx'
import type { Candidate } from '../../../src/ui/candidate-groups.ts'

afterEach(cleanup)

const CANDIDATES: ReadonlyArray<Candidate> = [
  { id: 'riley-dickinson', name: 'Riley Dickinson', group: 'Pro' },
  { id: 'efrin-castro', name: 'Efrin Castro', group: 'Pro-Am' },
  { id: 'tom-sargent', name: 'Tom Sargent', group: 'Pro' },
  { id: 'mark-kvamme', name: 'Mark Kvamme', group: 'Am' },
]

test('bug: the All classes lines picker drew Pro, Pro-Am and Am on top of each other (only Am could be clicked) — one panel holds each class once, every entry reachable', async () => {
  const user = userEvent.setup()
  const onToggle = vi.fn()
  const { container } = render(
    <LinesPicker
      candidates={CANDIDATES}
      chosen={new Set(['riley-dickinson'])}
      count={1}
      onToggle={onToggle}
    />,
  )
  await user.click(screen.getByText('Drivers (1)'))
  // Every class's fieldset in the one panel (laid out side by side by charts.css), each once.
  const panels = container.querySelectorAll('.picker-panel')
  expect(panels).toHaveLength(1)
  const groups = within(panels[0] as HTMLElement).getAllByRole('group')
  expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual(['Pro', 'Pro-Am', 'Am'])
  expect(within(groups[0] as HTMLElement).getAllByRole('checkbox')).toHaveLength(2)
  for (const candidate of CANDIDATES) {
    const box = screen.getByRole('checkbox', { name: candidate.name })
    expect(box).toBeVisible()
    await user.click(box)
    expect(onToggle).toHaveBeenLastCalledWith(candidate.id)
  }
  expect(screen.getByRole('checkbox', { name: 'Riley Dickinson' })).toBeChecked()
})

test('one championship: one fieldset, its legend for screen readers only', () => {
  render(
    <LinesPicker
      candidates={CANDIDATES.map(({ id, name }) => ({ id, name }))}
      chosen={new Set()}
      count={0}
      onToggle={() => {}}
    />,
  )
  const group = screen.getByRole('group', { name: 'Lines to draw', hidden: true })
  expect(within(group).getAllByRole('checkbox', { hidden: true })).toHaveLength(4)
})
