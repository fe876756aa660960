// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { PairChart } from '../../../src/features/charts/pair-chart.tsx'
import { HeadToHead } from '../../../src/features/head-to-head/head-to-head.tsx'
import { championship, shippedSeason } from '../../fixtures/shipped-season.ts'

afterEach(cleanup)

const ccna2023 = await shippedSeason('ccna/2023')
const last = ccna2023.scored.length - 1
const sargent = { progression: championship(ccna2023, 'pro'), id: 'tom-sargent' }
const castro = { progression: championship(ccna2023, 'pro-am'), id: 'efrin-castro' }
const candidates = [sargent, castro].flatMap(({ progression }) =>
  progression.entries.map(({ id, name }) => ({ id, name, group: progression.championship.name })),
)
const SENTENCE =
  'Sargent (Pro, 2nd) 257 – Castro (Pro-Am, 1st) 342: Castro 85 points ahead, in different classes.'

/** Each of the pair's cards: its name, class badge, place in class and points. */
function cards() {
  return within(screen.getByRole('list', { name: 'The pair' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent)
}

test('a cross-class head-to-head, Sargent (Pro) v Castro (Pro-Am): both shown, each in his class, and the gap in words', () => {
  render(
    <HeadToHead
      calendar={ccna2023.calendar}
      step={last}
      pair={[sargent, castro]}
      candidates={candidates}
      onPair={() => {}}
      classes={ccna2023.season.classes}
    />,
  )
  expect(cards()).toEqual([
    'ProTom Sargent2nd in Pro257 points',
    'Pro-AmEfrin Castro1st in Pro-Am342 points',
  ])
  expect(screen.getByText(SENTENCE)).toBeInTheDocument()
  expect(screen.queryByText(/Pick two/)).toBeNull()
  const totals = screen.getByRole('table', { name: 'Season totals' })
  const position = within(totals).getByRole('rowheader', { name: 'Position' }).closest('tr')
  expect(position?.textContent).toBe('Position2nd in Pro1st in Pro-Am')
  expect(screen.getByRole('combobox', { name: 'Driver A' })).toHaveDisplayValue('Tom Sargent')
  expect(screen.getByRole('combobox', { name: 'Driver B' })).toHaveDisplayValue('Efrin Castro')
})

test('the pair chart says the same, above the chart; "Pick two drivers" only with fewer than two', async () => {
  render(
    <PairChart
      picked={[sargent, castro]}
      step={last}
      beforeDrops={false}
      classes={ccna2023.season.classes}
      noun="drivers"
    />,
  )
  expect(cards()).toEqual([
    'ProTom Sargent2nd in Pro257 points',
    'Pro-AmEfrin Castro1st in Pro-Am342 points',
  ])
  expect(screen.getByText(SENTENCE)).toBeInTheDocument()
  expect((await screen.findByRole('figure')).textContent).toContain(
    'After race 16 Castro leads Sargent by 85.',
  )
  cleanup()
  render(
    <PairChart
      picked={[sargent]}
      step={last}
      beforeDrops={false}
      classes={ccna2023.season.classes}
      noun="drivers"
    />,
  )
  expect(screen.getByText('Pick two drivers to chart the gap between them.')).toBeInTheDocument()
})
