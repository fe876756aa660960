import { expect, test } from 'vitest'
import { demoPhases } from '../../scripts/live/demo-race.ts'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import type { RaceFile } from '../../src/engine/types.ts'
import { describeRevision } from '../../src/model/revision.ts'
import { revisionHeadline, type RevisionFacts } from '../../src/model/revision-headline.ts'
import {
  latestRevisionOf,
  REVISION_ON_AIR_MS,
  revisionOnAir,
} from '../../src/model/revision-on-air.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

/**
 * 2023 race 11 as the demo weekend plays it (scripts/live/demo-race.ts): provisional with Hart
 * 2nd at the flag, then official with his 10-second penalty (9th), races 12–16 not yet run.
 */
async function race11Revision(): Promise<RevisionFacts> {
  const { season, files } = await shippedFiles('ccna/2023')
  const r11 = files.get('r11')
  if (r11?.kind !== 'results') throw new Error('r11 must be shipped')
  const later = ['r12', 'r13', 'r14', 'r15', 'r16']
  const phases = demoPhases(r11.results, '20', 2)
  const withR11 = (results: (typeof phases)[number]) => {
    const weekend = new Map<string, RaceFile>([...files].filter(([id]) => !later.includes(id)))
    weekend.set('r11', { kind: 'results', results })
    return computeSeasonStandings(season, weekend)
  }
  const [provisional, official] = [phases.at(-2), phases.at(-1)]
  if (provisional === undefined || official === undefined) throw new Error('two phases')
  const revision = describeRevision(withR11(provisional), withR11(official), 'r11')
  return {
    ...revision,
    at: 1_000,
    notes: official.notes ?? [],
    status: { from: 'provisional', to: 'official' },
  }
}

const facts = await race11Revision()
const ccna = await shippedFiles('ccna/2023')
const { calendar } = computeSeasonStandings(ccna.season, ccna.files)
const pro = { id: 'pro', name: 'Pro' }
const proAm = { id: 'pro-am', name: 'Pro-Am' }

test('the demo penalty on air: OFFICIAL — R11: Hart 4th → 5th, why in the stewards’ words', () => {
  const headline = revisionHeadline(facts, [pro], calendar)
  expect(headline.word).toBe('OFFICIAL')
  // Two places swapped: both named, the one who fell first.
  expect(headline.text).toBe('R11: Hart 4th → 5th and Sedgwick 5th → 4th')
  // Only the note naming the car the decision moved (car 20), not Martin's.
  expect(headline.why).toEqual(['Car 20 (Hart): 10-second time penalty, 2nd -> 9th'])
  // The log says the same moves in its own words (model/revision.ts): one source.
  expect(facts.standings).toContain('Pro: Jason Hart 4th → 5th, gap to leader 148 → 161')
})

test('a board of a class the decision did not move says so, without the other class’s notes', () => {
  expect(revisionHeadline(facts, [proAm], calendar)).toEqual({
    word: 'OFFICIAL',
    text: 'R11: no change to the Pro-Am standings',
    why: [],
  })
  // A pair across classes names the class of each move.
  expect(revisionHeadline(facts, [pro, proAm], calendar).text).toBe(
    'R11: Hart (Pro) 4th → 5th and Sedgwick (Pro) 5th → 4th',
  )
})

test('a changed result whose status stayed is REVISED; every note when none names a moved car', () => {
  const move = (id: string, from: number, to: number) => ({
    championship: 'pro',
    championshipName: 'Pro',
    id,
    name: `Driver ${id}`,
    from,
    to,
    gapFrom: 0,
    gapTo: 0,
  })
  const revised: RevisionFacts = {
    ...facts,
    status: null,
    movedCars: ['7'],
    notes: ['Results amended after a timing error.'],
    moves: [move('a', 2, 3), move('b', 3, 2)],
  }
  expect(revisionHeadline(revised, [pro], calendar)).toEqual({
    word: 'REVISED',
    text: 'R11: a 2nd → 3rd and b 3rd → 2nd',
    why: ['Results amended after a timing error.'],
  })
  // The largest moves named, the rest counted.
  const moves = [move('a', 1, 5), move('b', 2, 6), move('c', 5, 4), move('d', 6, 1)]
  expect(revisionHeadline({ ...revised, moves }, [pro], calendar).text).toBe(
    'R11: d 6th → 1st, a 1st → 5th and 2 others moved',
  )
  const shuffled = [move('a', 2, 9), move('b', 3, 2), move('c', 4, 3)]
  expect(revisionHeadline({ ...revised, moves: shuffled }, [pro], calendar).text).toBe(
    'R11: a 2nd → 9th and 2 others one place up or down',
  )
})

test('said on air for 12 s, then it settles; the newest revision of a race the board counts', () => {
  expect(REVISION_ON_AIR_MS).toBeGreaterThanOrEqual(10_000)
  expect(revisionOnAir(1_000, 1_000)).toBe(true)
  expect(revisionOnAir(1_000, 10_000)).toBe(true)
  expect(revisionOnAir(1_000, 1_000 + REVISION_ON_AIR_MS)).toBe(false)
  // Measured from when it was found, not from the clock's zero.
  expect(revisionOnAir(20_000, 25_000)).toBe(true)
  expect(revisionOnAir(20_000, 20_000 + REVISION_ON_AIR_MS)).toBe(false)
  const older = { ...facts, race: 'r10', at: 500 }
  expect(latestRevisionOf([facts, older], ['r09', 'r10'])).toBe(older)
  expect(latestRevisionOf([facts, older], ['r09', 'r10', 'r11'])).toBe(facts)
  expect(latestRevisionOf([facts], ['r09'])).toBeNull()
})
