import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { SeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { standingsAt, type StandingRow } from '../../src/engine/scoring/standings.ts'
import type { Reading } from './season-facts.ts'

/** One published standings statement (data-src/ccna-checkpoints.json). */
export interface Checkpoint {
  readonly index: number
  readonly season: number
  readonly afterRace: number
  readonly championship: string
  readonly statement: string
  readonly values: Readonly<Record<string, number | string>>
  readonly source: string
  readonly valueType:
    | 'points'
    | 'gapToLeader'
    | 'leaderOnly'
    | 'position'
    | 'clinched'
    | 'champion'
    | 'tie'
    | 'gap'
    | 'podiums'
    | 'wins'
    | 'poles'
  readonly confidence: 'stated' | 'stated+derived' | 'conflicting' | 'ambiguous' | 'medium'
  readonly note?: string
}

const checkpointsSchema = z.array(
  z.object({
    season: z.number(),
    afterRace: z.number(),
    championship: z.string(),
    statement: z.string(),
    values: z.record(z.string(), z.union([z.number(), z.string()])),
    source: z.string(),
    valueType: z.enum([
      'points',
      'gapToLeader',
      'leaderOnly',
      'position',
      'clinched',
      'champion',
      'tie',
      'gap',
    ]),
    confidence: z.enum(['stated', 'stated+derived', 'conflicting', 'ambiguous', 'medium']),
    note: z.string().optional(),
  }),
)

export function loadCheckpoints(
  path = 'data-src/ccna-checkpoints.json',
): ReadonlyArray<Checkpoint> {
  const raw = checkpointsSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  return raw.map((checkpoint, index) => ({ ...checkpoint, index }))
}

const slugs = new Map<string, string>()

/** "Riley Dickinson" → "riley-dickinson"; championship names map to their ids. */
function slug(name: string): string {
  let known = slugs.get(name)
  if (known === undefined) {
    known = toSlug(name)
    slugs.set(name, known)
  }
  return known
}

function toSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

export function championshipId(name: string): string {
  return name === 'Teams' ? 'teams' : slug(name)
}

/** Most points one driver can still score in a race: win, pole and fastest lap. */
const MAX_PER_RACE = 25 + 2 + 1

/**
 * How far the standings are from a checkpoint read as `reading`: 0 when it holds. Used by the
 * solver as its objective; the tests assert the same statements independently.
 */
export function checkpointError(
  checkpoint: Checkpoint,
  reading: Reading,
  standings: SeasonStandings,
  tableAt: (
    progression: SeasonStandings['championships'][number],
    step: number,
  ) => ReadonlyArray<StandingRow> = standingsAt,
): number {
  if (reading.use === 'skip') return 0
  const values = { ...checkpoint.values, ...reading.values }
  const progression = standings.championships.find(
    (p) => p.championship.id === championshipId(checkpoint.championship),
  )
  if (progression === undefined) return 1000
  const afterRace = reading.afterRace ?? checkpoint.afterRace
  const step = standings.scored.findIndex(
    (s) => s.race.race.id === `r${String(afterRace).padStart(2, '0')}`,
  )
  if (step < 0) return 1000
  const rows = tableAt(progression, step)
  const row = (name: string): StandingRow | undefined => rows.find((r) => r.id === slug(name))
  const points = (name: string) => row(name)?.points ?? -1000
  const position = (name: string) => row(name)?.position ?? 99
  const top = rows[0]?.points ?? 0
  let error = 0
  switch (checkpoint.valueType) {
    case 'points':
      for (const [name, value] of Object.entries(values))
        error += Math.abs(points(name) - Number(value))
      return error
    case 'gapToLeader': {
      const leader = Object.entries(values).find(([, v]) => v === 0)?.[0] ?? ''
      error += leaderError(position(leader), top, points(leader))
      for (const [name, value] of Object.entries(values)) {
        const gap = points(leader) - points(name)
        if (typeof value === 'string' && value.startsWith('<='))
          error += Math.max(0, gap - Number(value.slice(2)))
        else if (typeof value === 'string' && value.startsWith('>='))
          error += Math.max(0, Number(value.slice(2)) - gap)
        else error += Math.abs(gap - Number(value))
      }
      return error
    }
    case 'leaderOnly':
    case 'champion':
      for (const name of Object.keys(values))
        error += leaderError(position(name), top, points(name))
      return error
    case 'position':
      for (const [name, value] of Object.entries(values))
        error += 5 * Math.abs(position(name) - Number(value))
      return error
    case 'podiums':
      for (const [name, value] of Object.entries(values))
        error += 5 * Math.abs((row(name)?.stats.podiums ?? 0) - Number(value))
      return error
    case 'wins':
      for (const [name, value] of Object.entries(values))
        error += 5 * Math.abs((row(name)?.stats.wins ?? 0) - Number(value))
      return error
    case 'poles':
      for (const [name, value] of Object.entries(values))
        error += 5 * Math.abs((row(name)?.stats.poles ?? 0) - Number(value))
      return error
    case 'clinched': {
      const remaining = standings.calendar.length - 1 - (standings.scored[step]?.race.index ?? 0)
      for (const name of Object.keys(values)) {
        const second = rows.find((r) => r.id !== slug(name))?.points ?? 0
        error += leaderError(position(name), top, points(name))
        error += Math.max(0, remaining * MAX_PER_RACE - (points(name) - second) + 1)
      }
      return error
    }
    case 'gap': {
      const [a, b] = Object.keys(checkpoint.values)
      return Math.abs(Math.abs(points(a ?? '') - points(b ?? '')) - Number(values.gap ?? 5))
    }
    case 'tie': {
      const [winner, other] = Object.keys(checkpoint.values)
      const below = row(other ?? '')
      error += Math.abs(points(winner ?? '') - points(other ?? ''))
      error += leaderError(position(winner ?? ''), top, points(winner ?? ''))
      error += 5 * Math.abs(position(other ?? '') - 2)
      const tie = below?.tieBreak
      const seconds = [Number(values.secondsWinner ?? 5), Number(values.secondsOther ?? 4)]
      if (tie?.kind !== 'countback' || tie.place !== 2) error += 10
      else
        error += Math.abs(tie.ahead - (seconds[0] ?? 0)) + Math.abs(tie.behind - (seconds[1] ?? 0))
      return error
    }
  }
}

function leaderError(position: number, top: number, points: number): number {
  return position === 1 ? 0 : 1 + (top - points)
}

/**
 * For the solver only: a statement about places ("X 2nd") reads most naturally when X is not
 * level on points with a neighbour, so each such tie costs a little (never counted as a miss).
 */
export function tieDiscomfort(
  checkpoint: Checkpoint,
  reading: Reading,
  standings: SeasonStandings,
): number {
  if (reading.use === 'skip' || checkpoint.valueType === 'tie' || checkpoint.valueType === 'gap')
    return 0
  const progression = standings.championships.find(
    (p) => p.championship.id === championshipId(checkpoint.championship),
  )
  const afterRace = reading.afterRace ?? checkpoint.afterRace
  const step = standings.scored.findIndex(
    (s) => s.race.race.id === `r${String(afterRace).padStart(2, '0')}`,
  )
  if (progression === undefined || step < 0) return 0
  const rows = standingsAt(progression, step)
  let cost = 0
  for (const name of Object.keys(checkpoint.values)) {
    const at = rows.findIndex((r) => r.id === slug(name))
    const here = rows[at]
    if (here === undefined) continue
    if (rows[at - 1]?.points === here.points) cost += 1
    if (rows[at + 1]?.points === here.points) cost += 1
  }
  return cost
}
