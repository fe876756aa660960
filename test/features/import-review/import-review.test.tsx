// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test } from 'vitest'
import { listRaces } from '../../../src/engine/scoring/calendar.ts'
import { FIRST_ROWS } from '../../../src/features/import-review/imported-classification.tsx'
import { ImportReview } from '../../../src/features/import-review/import-review.tsx'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { filesOf, makeSeason, order, results } from '../../fixtures/build.ts'

afterEach(cleanup)

const season = makeSeason()
const races = listRaces(season).map((race) => ({ race, hasResults: false }))
const standings = computeSeasonStandings(
  season,
  filesOf(results('r01', order(['1', '2'], { '1': { pole: true } }))),
)

function review(text: string) {
  render(
    <ImportReview
      standings={standings}
      fileName="big.csv"
      text={text}
      season={season}
      races={races}
      onAdd={() => null}
      onDownload={() => undefined}
      onCancel={() => undefined}
      savedMapping={null}
      onMappingChange={() => undefined}
    />,
  )
  return screen.getByRole('region', { name: 'Import review' })
}

const csv = (cars: number) =>
  [
    'position,car,driver,team,class',
    ...Array.from({ length: cars }, (_, i) => `${i + 1},${i + 100},Racer Number${i},Team 1,pro`),
  ].join('\n')

test('bug: a 50,000-row CSV took 50 s to review (a name search per row, every row laid out) — the first 200 cars, every car one click away', async () => {
  const user = userEvent.setup()
  const section = review(csv(400))
  const table = within(section).getByRole('table', { name: 'Classification to import' })
  expect(within(table).getAllByRole('row')).toHaveLength(FIRST_ROWS + 1)
  expect(within(table).getAllByRole('row')[1]?.textContent).toMatch(
    /^1#100proRacer Number0 \(new\)/,
  )
  // The new drivers are named up to 50, then counted; nothing is lost: all 400 are imported.
  expect(section.textContent).toContain('driver Racer Number49 and 350 more.')
  expect(section.textContent).toContain('The first 200 of 400 cars are shown; all are imported.')
  await user.click(within(section).getByRole('button', { name: 'Show all 400 cars' }))
  expect(within(table).getAllByRole('row')).toHaveLength(401)
  expect(within(section).queryByRole('button', { name: /Show all/ })).toBeNull()
}, 30_000)

test('a field that fits is laid out whole, with no note', () => {
  const section = review(csv(12))
  const table = within(section).getByRole('table', { name: 'Classification to import' })
  expect(within(table).getAllByRole('row')).toHaveLength(13)
  expect(section.textContent).not.toContain('are shown')
  expect(section.textContent).toContain('driver Racer Number11.')
})

test('problems are listed up to 50, then counted', () => {
  const lines = ['position,car,driver,team,class']
  for (let i = 0; i < 120; i += 1) lines.push(`${i + 1},${i + 100},Racer ${i},Team 1,nonsense${i}`)
  const section = review(lines.join('\n'))
  const alert = within(section).getByRole('alert')
  const items = within(alert).getAllByRole('listitem')
  expect(items).toHaveLength(51)
  expect(items.at(-1)?.textContent).toBe('… and 70 more problems')
})

test('an official points sheet opened in the dashboard shows the reconciliation, each difference with both values', () => {
  // The shape of the real POINTS DATA files (data-src/alkamel/…): d1 won race 1 from pole
  // (25 + 2), d2 second (20); the sheet gives d2 18.
  const session = (race: number, pole: number) => ({
    session_index: 1,
    race_points: race,
    pole_points: pole,
    fastest_lap_points: 0,
    penalty_points: 0,
  })
  const sheet = JSON.stringify({
    championship: {
      main_title: 'Test Cup Pro Drivers',
      creation_date: '02-03-2024 18:00:00',
      sessions: [{ session_index: 1, event_name: 'Sebring', session_name: 'Round 1' }],
    },
    classification: [
      { key: 'Driver 01', total_points: 27, points_by_session: [session(25, 2)] },
      { key: 'Driver 02', total_points: 18, points_by_session: [session(18, 0)] },
    ],
  })
  render(
    <ImportReview
      standings={standings}
      fileName="PCC 01 Drivers Pro.json"
      text={sheet}
      season={season}
      races={races}
      onAdd={() => null}
      onDownload={() => undefined}
      onCancel={() => undefined}
      savedMapping={null}
      onMappingChange={() => undefined}
    />,
  )
  const region = screen.getByRole('region', { name: 'Official points sheet' })
  expect(within(region).getByRole('combobox', { name: 'Championship' })).toHaveProperty(
    'value',
    'pro',
  )
  expect(region.textContent).toContain(
    '2 differences between the Pro standings and the official sheet "Test Cup Pro Drivers" of 02-03-2024 18:00:00 (2 entries matched):',
  )
  expect(
    within(region)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'Driver 02, round 1, Round 1: race points ours 20, official 18',
    'Driver 02: total ours 20, official 18',
  ])
})

test("an official Al Kamel JSON file shows its status and the stewards' decisions before it is added", () => {
  const mustang = makeSeason({
    classes: [
      { id: 'dh', name: 'DH' },
      { id: 'dhl', name: 'DHL' },
    ],
    drivers: [],
    teams: [],
    championships: [{ id: 'dh', name: 'DH', kind: 'drivers', classes: ['dh'] }],
  })
  render(
    <ImportReview
      standings={computeSeasonStandings(mustang, new Map())}
      fileName="mid-ohio-2026-race-2.json"
      text={readFileSync(
        'data-src/alkamel/mustang-2026-mid-ohio/mid-ohio-2026-race-2.json',
        'utf8',
      )}
      season={mustang}
      races={listRaces(mustang).map((race) => ({ race, hasResults: false }))}
      onAdd={() => null}
      onDownload={() => undefined}
      onCancel={() => undefined}
      savedMapping={null}
      onMappingChange={() => undefined}
    />,
  )
  const region = screen.getByRole('region', { name: 'Import review' })
  expect(region.textContent).toContain('Imported as official, with the notes the file gives:')
  expect(
    within(within(region).getByRole('list', { name: 'Notes on the race' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'Car #28 - Discontinued Participation',
    'Car #84 - 28 second post-race drive-through penalty for incident responsibility',
  ])
  // The file's classification is taken as written: Harrison (#21, 10 of 30 laps) stays
  // classified, and no share of laps is offered that would not apply.
  expect(within(region).queryByLabelText(/share of class winner's laps/)).toBeNull()
  expect(region.textContent).not.toMatch(/completed 10 of 30 laps/)
})

test('a car marked as a guest’s in review is imported as a guest (Farley, #17, Mid-Ohio race 2)', async () => {
  const user = userEvent.setup()
  const mustang = makeSeason({
    classes: [
      { id: 'dh', name: 'DH' },
      { id: 'dhl', name: 'DHL' },
    ],
    drivers: [],
    teams: [],
    championships: [{ id: 'dh', name: 'DH', kind: 'drivers', classes: ['dh'] }],
  })
  const added: Array<ReadonlyArray<{ car: string; guest?: boolean }>> = []
  render(
    <ImportReview
      standings={computeSeasonStandings(mustang, new Map())}
      fileName="race-2.json"
      text={readFileSync(
        'data-src/alkamel/mustang-2026-mid-ohio/mid-ohio-2026-race-2.json',
        'utf8',
      )}
      season={mustang}
      races={listRaces(mustang).map((race) => ({ race, hasResults: false }))}
      onAdd={(_race, imported) => {
        added.push(imported.results.rows)
        return null
      }}
      onDownload={() => undefined}
      onCancel={() => undefined}
      savedMapping={null}
      onMappingChange={() => undefined}
    />,
  )
  await user.click(screen.getByLabelText('Car 17 is driven by a guest (no points)'))
  await user.click(screen.getByRole('button', { name: 'Add to the season in this browser' }))
  const rows = added[0] ?? []
  expect(rows.filter((row) => row.guest === true).map((row) => row.car)).toEqual(['17'])
})

test("a CSV offers the share of the winner's laps that decides who is classified", () => {
  const section = review(csv(3))
  expect(within(section).getByLabelText(/share of class winner's laps/)).toHaveProperty(
    'value',
    '0.7',
  )
})
