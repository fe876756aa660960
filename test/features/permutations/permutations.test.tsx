// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import { Permutations } from '../../../src/features/permutations/permutations.tsx'
import { shippedModel, summaryAfter } from '../../fixtures/shipped-summary.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** A phone's window: every media query of the page's width matches (jsdom has no `matchMedia`). */
const onPhone = () =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(max-width: 640px)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }))

const f1 = await shippedModel('f1/2022')
const ccna = await shippedModel('ccna/2023')
const rowOf = (table: HTMLElement, result: string) => {
  const row = within(table).getByRole('rowheader', { name: result }).closest('tr')
  if (row === null) throw new Error(`no row ${result}`)
  return row
}
const cellOf = (row: HTMLElement, rival: string) =>
  row.querySelector(`td[data-label="${rival}"]`)?.textContent

/** The view's two answers from the scenario worker: the summary and the permutations. */
function answered(answers: ReturnType<typeof summaryAfter>) {
  return { summary: answers, permutations: answers.permutations }
}

test('published: F1 2022 before Japan — a win with the fastest lap clinches always, a win if Leclerc is 3rd or lower', () => {
  // The published permutations before round 18, pinned in docs/scoring-rules.md#permutations.
  render(
    <Permutations
      championship="Drivers"
      {...answered(summaryAfter(f1, 'drivers', 'r17'))}
      pending={false}
      prefix=""
    />,
  )
  const view = screen.getByRole('region', { name: 'Permutations' })
  expect(within(view).getByRole('heading').textContent).toBe(
    'Drivers title permutations for round 18, Japan',
  )
  expect(
    within(view).getByText(
      'Verstappen clinches the Drivers title in round 18, Japan, by winning with the fastest lap whatever Leclerc and Pérez do, or by winning with Leclerc third or lower.',
    ),
  ).toBeInTheDocument()
  const table = within(view).getByRole('table')
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent),
  ).toEqual(['Verstappen in round 18, Japan', 'Clinches', 'Leclerc', 'Pérez'])
  const best = rowOf(table, '1st + fastest lap')
  expect(best.querySelector('.verdict-cell')?.textContent).toBe('✓ always')
  expect(cellOf(best, 'Leclerc')).toBe('any result')
  const win = rowOf(table, '1st')
  expect(win.querySelector('.verdict-cell')?.textContent).toBe('◐ if')
  expect(cellOf(win, 'Leclerc')).toBe('3rd or lower')
  expect(cellOf(win, 'Pérez')).toBe('any result')
  const seventh = rowOf(table, '7th')
  expect(seventh.querySelector('.verdict-cell')?.textContent).toBe('✕ never')
  // Pérez's result does not matter with 7th: Leclerc stays in contention whatever happens.
  expect(cellOf(seventh, 'Leclerc')).toBe('in contention')
  expect(cellOf(seventh, 'Pérez')).toBe('—does not matter')
  expect(
    within(view).getByText(
      "— on a row that cannot clinch: the rival's result does not matter, because another rival stays in contention whatever happens.",
    ),
  ).toBeInTheDocument()
  // A table of 16 rows shows them all; nothing is folded.
  expect(within(table).getAllByRole('rowheader')).toHaveLength(16)
  expect(within(view).queryByRole('button')).toBeNull()
  expect(
    within(within(view).getByRole('list', { name: 'Each rival' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'Leclerc: Out if outscored by Verstappen by 8 points or more.',
    'Pérez: Out if outscored by Verstappen by 6 points or more.',
  ])
})

test('a long table folds the rows with a bonus under their place, their verdicts still said: CCNA 2023 Pro before race 12', async () => {
  const user = userEvent.setup()
  const summary = summaryAfter(ccna, 'pro', 'r11')
  const total = summary.permutations?.rows.length ?? 0
  expect(total).toBeGreaterThan(60)
  render(<Permutations championship="Pro" {...answered(summary)} pending={false} prefix="" />)
  const table = screen.getByRole('table')
  const shown = () => within(table).getAllByRole('rowheader').length
  expect(shown()).toBe(17)
  // 2nd clinches only if Sargent is not 2nd…; with any bonus it clinches always.
  const second = rowOf(table, '2nd')
  expect(second.querySelector('.verdict-cell')?.textContent).toBe('◐ if')
  expect(
    within(within(table).getByRole('list', { name: '2nd with a bonus' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['+ fastest lap ✓ always', '+ pole ✓ always', '+ pole + fastest lap ✓ always'])
  await user.click(within(table).getByRole('button', { name: 'Show 2nd with a bonus' }))
  expect(shown()).toBe(20)
  expect(rowOf(table, '2nd + pole').querySelector('.verdict-cell')?.textContent).toBe('✓ always')
  await user.click(screen.getByRole('button', { name: 'Fold 2nd with a bonus' }))
  expect(shown()).toBe(17)
  await user.click(screen.getByRole('button', { name: `Show all ${total} rows` }))
  expect(shown()).toBe(total)
  expect(screen.getByRole('button', { name: 'Fold the rows with a bonus' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
})

test('a title that cannot be clinched in the next race: every row never, and why in each rival line', () => {
  render(
    <Permutations
      championship="Constructors"
      {...answered(summaryAfter(f1, 'constructors', 'r17'))}
      pending={false}
      prefix=""
    />,
  )
  expect(
    screen.getByText('Red Bull cannot clinch the Constructors title in round 18, Japan.'),
  ).toBeInTheDocument()
  const row = rowOf(screen.getByRole('table'), 'any result')
  expect(row.querySelector('.verdict-cell')?.textContent).toBe('✕ never')
  expect(cellOf(row, 'Ferrari')).toBe('in contention')
})

test('no table when the title is settled or no race is left: the outlook sentence says so', () => {
  render(
    <Permutations
      championship="Drivers"
      {...answered(summaryAfter(f1, 'drivers', 'r18'))}
      pending={false}
      prefix=""
    />,
  )
  expect(screen.getByText('Verstappen has clinched the Drivers title.')).toBeInTheDocument()
  expect(
    screen.getByText('The title is settled: no result of the next race can change it.'),
  ).toBeInTheDocument()
  expect(screen.queryByRole('table')).toBeNull()
  cleanup()
  render(
    <Permutations
      championship="Drivers"
      {...answered(summaryAfter(f1, 'drivers', 'r22'))}
      pending={false}
      prefix=""
    />,
  )
  expect(screen.getByText('Verstappen is the Drivers champion.')).toBeInTheDocument()
  expect(screen.getByText('Season complete.')).toBeInTheDocument()
})

test('while the scenarios are worked out, a skeleton says so; a live race says "As it stands"', () => {
  render(
    <Permutations championship="Drivers" summary={null} permutations={null} pending prefix="" />,
  )
  expect(
    screen.getByRole('status', { name: 'Working out the Drivers permutations' }),
  ).toBeInTheDocument()
  cleanup()
  render(
    <Permutations
      championship="Drivers"
      {...answered(summaryAfter(f1, 'drivers', 'r17'))}
      pending={false}
      prefix="As it stands: "
    />,
  )
  expect(screen.getByText(/^As it stands: Verstappen clinches/)).toBeInTheDocument()
})

test('published: CCNA 2023 Pro after race 10 — no result of race 11 clinches, but races 11 and 12 together can: both tables', () => {
  render(
    <Permutations
      championship="Pro"
      {...answered(summaryAfter(ccna, 'pro', 'r10'))}
      pending={false}
      prefix=""
    />,
  )
  expect(
    screen.getByText(
      'Dickinson cannot clinch the Pro title in race 11, but can over races 11 and 12 by scoring 28 points or more and outscoring Sargent by 9 points and Martin by 5.',
    ),
  ).toBeInTheDocument()
  const [race, weekend] = screen.getAllByRole('table')
  if (race === undefined || weekend === undefined) throw new Error('two tables expected')
  expect(
    within(race)
      .getAllByRole('rowheader')
      .map((th) => th.textContent),
  ).toEqual(['any place', 'not classified'])
  expect(
    screen.getByRole('heading', { name: 'The weekend together: races 11 and 12' }),
  ).toBeVisible()
  expect(within(weekend).getAllByRole('columnheader')[0]?.textContent).toBe(
    'Dickinson over races 11 and 12',
  )
  const most = rowOf(weekend, '28 points or more')
  expect(most.querySelector('.verdict-cell')?.textContent).toBe('◐ if')
  expect(cellOf(most, 'Sargent')).toBe('outscored by 9 points or more')
  // Martin's cell rests on published totals (Hart's and Sedgwick's are reconstructed).
  expect(cellOf(most, 'Martin')).toBe('outscored by 5 points or more')
})

test('on a phone the places that cannot clinch fold into one line and the rows with a bonus under their place: F1 2022 before Japan', async () => {
  onPhone()
  const user = userEvent.setup()
  render(
    <Permutations
      championship="Drivers"
      {...answered(summaryAfter(f1, 'drivers', 'r17'))}
      pending={false}
      prefix=""
    />,
  )
  const table = screen.getByRole('table')
  const shown = () =>
    within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent)
  expect(shown()).toEqual([
    '1st',
    '2nd',
    '3rd',
    '4th',
    '5th',
    '6th',
    '7th or lower, or not classified',
  ])
  expect(
    rowOf(table, '7th or lower, or not classified').querySelector('.verdict-cell')?.textContent,
  ).toBe('✕ never')
  // The bonus rows' verdicts are still said under their place.
  expect(
    within(within(table).getByRole('list', { name: '1st with a bonus' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['+ fastest lap ✓ always'])
  // No "—" shown, so no line saying what it means.
  expect(screen.queryByText(/^— on a row that cannot clinch/)).toBeNull()
  const never = screen.getByRole('button', { name: 'Show the 4 rows that cannot clinch' })
  expect(never).toHaveAttribute('aria-expanded', 'false')
  await user.click(never)
  expect(
    screen.getByRole('button', { name: 'Fold the 4 rows that cannot clinch' }),
  ).toHaveAttribute('aria-expanded', 'true')
  expect(shown().slice(6)).toEqual([
    '7th or lower, or not classified',
    '7th',
    '8th–10th',
    '11th or lower',
    'not classified',
  ])
  expect(screen.getByText(/^— on a row that cannot clinch/)).toBeInTheDocument()
  const all = screen.getByRole('button', { name: 'Show all 16 rows' })
  expect(all).toHaveAttribute('aria-expanded', 'false')
  expect(all).toHaveAttribute('aria-controls', table.id)
  await user.click(all)
  expect(shown()).toHaveLength(16)
  await user.click(
    screen.getByRole('button', {
      name: 'Fold the rows with a bonus and the rows that cannot clinch',
    }),
  )
  expect(shown()).toHaveLength(7)
})

test('on a phone a table that cannot clinch at all is one line, "any result ✕ never": CCNA 2023 Pro-Am before race 11', () => {
  onPhone()
  const summary = summaryAfter(ccna, 'pro-am', 'r10')
  render(<Permutations championship="Pro-Am" {...answered(summary)} pending={false} prefix="" />)
  const [race] = screen.getAllByRole('table')
  if (race === undefined) throw new Error('no table')
  expect(
    within(race)
      .getAllByRole('rowheader')
      .map((th) => th.textContent),
  ).toEqual(['any result'])
  const rows = summary.permutations?.rows.length ?? 0
  expect(
    within(race).getByRole('button', { name: `Show the ${rows} rows that cannot clinch` }),
  ).toHaveAttribute('aria-expanded', 'false')
  // That button is the only one: a second "Show all" would do the same.
  expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull()
})

test('on a phone the 65 rows before race 12 of 2023 fold to one card per place, none of them never', () => {
  onPhone()
  render(
    <Permutations
      championship="Pro"
      {...answered(summaryAfter(ccna, 'pro', 'r11'))}
      pending={false}
      prefix=""
    />,
  )
  expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(17)
  expect(screen.queryByRole('button', { name: /cannot clinch/ })).toBeNull()
})
