import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { ccna2023 } from '../../data-src/ccna-2023.ts'
import { ccna2024 } from '../../data-src/ccna-2024.ts'
import { readFromDisk } from '../../src/data/disk-reader.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import {
  computeSeasonStandings,
  type SeasonStandings,
} from '../../src/engine/scoring/season-standings.ts'
import { standingsAt, type StandingRow } from '../../src/engine/scoring/standings.ts'

/**
 * Every published standings statement about the shipped Carrera Cup seasons
 * (data-src/ccna-checkpoints.json, each with its source URL), checked against
 * public/data/ccna/<year> through the same validation and engine the dashboard uses. Statements
 * marked conflicting or ambiguous are checked as read in data-src/ccna-<year>.ts (the
 * `readings`), as recorded in public/data/ccna/README.md.
 */
type Checkpoint = {
  season: number
  afterRace: number
  championship: string
  statement: string
  values: Record<string, number | string>
  source: string
  valueType: string
  confidence: string
}
const checkpoints = JSON.parse(
  readFileSync('data-src/ccna-checkpoints.json', 'utf8'),
) as Array<Checkpoint>
const facts = { 2023: ccna2023, 2024: ccna2024 } as const
const standings: Record<number, SeasonStandings> = {}
for (const year of [2023, 2024] as const) {
  const check = await validateSeason(`public/data/ccna/${year}`, readFromDisk)
  standings[year] = computeSeasonStandings(check.season!, check.files)
}

const id = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
const championshipIds: Record<string, string> = {
  Pro: 'pro',
  'Pro-Am': 'pro-am',
  Am: 'am',
  Masters: 'masters',
  Junior: 'junior',
  Teams: 'teams',
}

function tableAfter(
  season: number,
  championship: string,
  race: number,
): ReadonlyArray<StandingRow> {
  const all = standings[season]!
  const progression = all.championships.find(
    (p) => p.championship.id === championshipIds[championship],
  )!
  const step = all.scored.findIndex((s) => s.race.race.id === `r${String(race).padStart(2, '0')}`)
  expect(step, `race ${race} of ${season} has results`).toBeGreaterThanOrEqual(0)
  return standingsAt(progression, step)
}

/** Checks one statement; `values` and `afterRace` may come from a recorded reading. */
function assertStatement(season: number, c: Omit<Checkpoint, 'confidence' | 'season'>) {
  const rows = tableAfter(season, c.championship, c.afterRace)
  const row = (name: string) => {
    const found = rows.find((r) => r.id === id(name))
    expect(found, `${name} is in the ${c.championship} table`).toBeDefined()
    return found!
  }
  switch (c.valueType) {
    case 'points':
      for (const [name, value] of Object.entries(c.values))
        expect([name, row(name).points]).toEqual([name, value])
      return
    case 'gapToLeader': {
      const leader = Object.entries(c.values).find(([, v]) => v === 0)![0]
      expect(row(leader).position).toBe(1)
      for (const [name, value] of Object.entries(c.values)) {
        const gap = row(leader).points - row(name).points
        if (typeof value === 'string' && value.startsWith('<='))
          expect(gap).toBeLessThanOrEqual(Number(value.slice(2)))
        else if (typeof value === 'string' && value.startsWith('>='))
          expect(gap).toBeGreaterThanOrEqual(Number(value.slice(2)))
        else expect([name, gap]).toEqual([name, value])
      }
      return
    }
    case 'leaderOnly':
    case 'champion':
      for (const name of Object.keys(c.values))
        expect([name, row(name).position]).toEqual([name, 1])
      return
    case 'position':
      for (const [name, value] of Object.entries(c.values))
        expect([name, row(name).position]).toEqual([name, value])
      return
    case 'podiums':
    case 'wins':
    case 'poles':
      for (const [name, value] of Object.entries(c.values))
        expect([name, row(name).stats[c.valueType]]).toEqual([name, value])
      return
    case 'clinched': {
      // Clinched when the lead is more than the most a rival can still score (a win, pole and
      // fastest lap in every race left): a sufficient condition, whatever the other results.
      const left = 16 - c.afterRace
      for (const name of Object.keys(c.values)) {
        const second = rows.find((r) => r.id !== id(name))!
        expect(row(name).position).toBe(1)
        expect(row(name).points - second.points).toBeGreaterThan(left * 28)
      }
      return
    }
    case 'gap': {
      const [a, b] = Object.keys(c.values).filter((k) => k !== 'gap')
      expect(Math.abs(row(a!).points - row(b!).points)).toBe(Number(c.values.gap))
      return
    }
    case 'tie': {
      const [winner, other] = Object.keys(c.values)
      expect(row(winner!).points).toBe(row(other!).points)
      expect([row(winner!).position, row(other!).position]).toEqual([1, 2])
      expect(row(other!).stats.wins).toBe(row(winner!).stats.wins)
      expect(row(other!).tieBreak).toMatchObject({
        kind: 'countback',
        place: 2,
        ahead: 5,
        behind: 4,
      })
      return
    }
    default:
      throw new Error(`unknown value type ${c.valueType}`)
  }
}

checkpoints.forEach((checkpoint, index) => {
  const reading = facts[checkpoint.season as 2023 | 2024].readings[index]
  test(`checkpoint ${index} (${checkpoint.season}, ${checkpoint.championship}, after race ${checkpoint.afterRace}, ${checkpoint.confidence}): ${checkpoint.statement}`, () => {
    expect(reading, 'every checkpoint has a recorded reading').toBeDefined()
    if (checkpoint.confidence === 'stated' || checkpoint.confidence === 'stated+derived') {
      expect(reading?.use, 'stated checkpoints must hold').toBe('assert')
    }
    if (reading?.use !== 'assert') return
    const values = { ...checkpoint.values, ...reading.values }
    assertStatement(checkpoint.season, {
      ...checkpoint,
      values,
      afterRace: reading.afterRace ?? checkpoint.afterRace,
    })
  })
})

for (const season of [ccna2023, ccna2024]) {
  for (const published of season.published) {
    test(`published (${season.season}, ${published.championship}, after race ${published.afterRace}): ${published.statement}`, () => {
      assertStatement(season.season, published)
    })
  }
}
