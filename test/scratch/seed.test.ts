import { test } from 'vitest'
import { smallCase } from '../fixtures/small-season.ts'
import { prepare } from '../fixtures/scenario-oracle.ts'
import { computeSeasonStandings } from '../../src/engine/season-standings.ts'
import { championshipScenarios } from '../../src/engine/scenarios.ts'
import { permutationTable } from '../../src/engine/permutations.ts'
test('seed', () => {
  const c = smallCase(Number(process.env.SEED ?? 26))
  console.log(JSON.stringify(c.season.championships), JSON.stringify(c.season.scoring), JSON.stringify(c.season.adjustments), c.asOf, c.season.rounds.map(r=>r.races[0]!.id+':'+r.races[0]!.type+(r.races[0]!.pointsMultiplier??'')).join(' '), JSON.stringify(c.season.drivers))
  for (const [id, f] of c.files) if (f.kind==='results') console.log(id, JSON.stringify(f.results.rows.map(r=>[r.drivers[0],r.team,r.class,r.position??r.status,r.pole,r.fastestLap, r.penaltyPoints])))
  const setup = prepare(c.season, c.files, c.championship, c.asOf)!
  console.log('units', JSON.stringify(setup.units))
  const now = computeSeasonStandings(setup.single, setup.known)
  const p = now.championships[0]!
  const step = p.steps.findIndex((r) => r.race.id === c.asOf)
  const sc = championshipScenarios(now, p, step)
  console.log('newcomers', sc.newcomers)
  console.log(sc.rows.map(r => `${r.id} ${r.points} [${r.minPoints},${r.maxPoints}] ${r.status}`).join('\n'))
  console.log(sc.contenders.map(c => c.tally.id + ' ' + JSON.stringify(c.tally.field) + ' min ' + JSON.stringify(c.min) + ' max ' + JSON.stringify(c.max)).join('\n'))
  const t = permutationTable(sc)!
  console.log('race', t.race.race.race.id, 'rivals', t.rivals, JSON.stringify(t.race.prizes), t.race.pole, t.race.fastestLap)
  for (const r of t.rows) console.log(JSON.stringify(r.leader), r.clinches, JSON.stringify(r.limits.map(l=>[l.kind,l.maxPoints])))
})
