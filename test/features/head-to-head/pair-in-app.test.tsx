// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { renderApp } from '../../app/render-app.tsx'
import { servePublic } from '../../fixtures/serve-public.ts'

beforeEach(() => {
  vi.stubGlobal('fetch', servePublic().fetch)
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const compare = () => new URLSearchParams(window.location.search).get('compare')

test('bug: picking for Driver A the driver B showed compared Sargent with himself — the two swap sides', async () => {
  const user = userEvent.setup()
  renderApp('?series=ccna&season=2023&champ=pro&view=h2h&compare=riley-dickinson,tom-sargent')
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Driver A' }), 'tom-sargent')
  expect(compare()).toBe('tom-sargent,riley-dickinson')
  expect(await screen.findByRole('combobox', { name: 'Driver B' })).toHaveDisplayValue(
    'Riley Dickinson',
  )
})

test('bug: one driver in the address compared him with himself when he was second — the other side is the leader', async () => {
  renderApp('?series=ccna&season=2023&champ=pro&view=h2h&compare=tom-sargent')
  expect(await screen.findByRole('combobox', { name: 'Driver A' })).toHaveDisplayValue(
    'Tom Sargent',
  )
  expect(screen.getByRole('combobox', { name: 'Driver B' })).toHaveDisplayValue('Riley Dickinson')
  expect(
    await screen.findByText(/^Sargent \(Pro, 2nd\) 257 – Dickinson \(Pro, 1st\)/),
  ).toBeVisible()
})

test('All classes, Charts: the pair chart picks from every class, with no class picker saying "Pro"', async () => {
  const user = userEvent.setup()
  renderApp('?series=ccna&season=2023&champ=all&view=chart&chart=pair')
  const b = await screen.findByRole('combobox', { name: 'Driver B' })
  expect(screen.queryByRole('combobox', { name: 'Class' })).toBeNull()
  await user.selectOptions(screen.getByRole('combobox', { name: 'Driver A' }), 'tom-sargent')
  await user.selectOptions(b, 'efrin-castro')
  expect(compare()).toBe('tom-sargent,efrin-castro')
  expect(
    await screen.findByText(
      'Sargent (Pro, 2nd) 257 – Castro (Pro-Am, 1st) 342: Castro 85 points ahead, in different classes.',
    ),
  ).toBeVisible()
})
