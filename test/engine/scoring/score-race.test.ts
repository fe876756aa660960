import { expect, test } from 'vitest'
import { scoreRace } from '../../../src/engine/scoring/score-race.ts'
import type { ScoringRule } from '../../../src/engine/types.ts'
import { ccnaRule, F1_POINTS, finished, order, out } from '../../fixtures/build.ts'

const pointsOf = (rows: ReturnType<typeof scoreRace>) => rows.map((r) => [r.car, r.points])

test('class positions are derived from overall positions, per class', () => {
  const rows = order(['1', '2', '3', '4', '5'], { '2': { class: 'am' }, '4': { class: 'am' } })
  expect(scoreRace(rows, ccnaRule).map((r) => r.classPosition)).toEqual([1, 1, 2, 2, 3])
})

test('rows come back in finishing order, with the same class positions whatever the file order', () => {
  const rows = [
    ...order(['1', '2', '3', '4'], { '3': { class: 'am' } }),
    out('dnf', { car: '9' }),
    out('dns', { car: '10' }),
  ]
  const shuffled = [rows[5]!, rows[3]!, rows[1]!, rows[4]!, rows[0]!, rows[2]!]
  expect(scoreRace(shuffled, ccnaRule).map((r) => [r.car, r.classPosition])).toEqual([
    ['1', 1],
    ['2', 2],
    ['3', 1],
    ['4', 3],
    ['10', null],
    ['9', null],
  ])
})

test('published: Kvamme, 26th overall but 3rd in Am at Watkins Glen 2023 race 7, scored 17', () => {
  // Source: speedwaymedia.com 2023-06-25 (race 7 result) and racer.com 2023-06-21/07-26 totals
  // (155 → 197 = 17 + 25). Points go by class position, not overall.
  const cars = Array.from({ length: 26 }, (_, i) => String(i + 1))
  const rows = order(cars, {
    '5': { class: 'am' },
    '12': { class: 'am' },
    '26': { class: 'am', driver: 'kvamme' },
  })
  const kvamme = scoreRace(rows, ccnaRule).find((r) => r.drivers[0] === 'kvamme')
  expect(kvamme).toMatchObject({ classPosition: 3, place: 3, points: 17 })
})

test('overall scoring reads the table at the overall position', () => {
  const rule: ScoringRule = { points: F1_POINTS, awardBy: 'overall' }
  const rows = order(['1', '2', '3'], { '2': { class: 'am' } })
  expect(pointsOf(scoreRace(rows, rule))).toEqual([
    ['1', 25],
    ['2', 18],
    ['3', 15],
  ])
})

test('places past the end of the table score nothing; unclassified cars score nothing', () => {
  const rule: ScoringRule = { points: [3, 2, 1], awardBy: 'overall' }
  const rows = [...order(['1', '2', '3', '4']), out('dnf', { car: '5' }), out('nc', { car: '6' })]
  expect(pointsOf(scoreRace(rows, rule))).toEqual([
    ['1', 3],
    ['2', 2],
    ['3', 1],
    ['4', 0],
    ['5', 0],
    ['6', 0],
  ])
})

test('pole and fastest lap bonuses are added per class', () => {
  const rows = order(['1', '2', '3'], {
    '2': { pole: true },
    '3': { class: 'am', pole: true, fastestLap: true },
  })
  expect(pointsOf(scoreRace(rows, ccnaRule))).toEqual([
    ['1', 25],
    ['2', 22],
    ['3', 28],
  ])
})

test('the multiplier applies to position points only, never to bonuses', () => {
  const rows = order(['1', '2'], { '1': { pole: true, fastestLap: true } })
  const [first, second] = scoreRace(rows, ccnaRule, { multiplier: 0.5 })
  expect(first).toMatchObject({
    tablePoints: 25,
    positionPoints: 12.5,
    polePoints: 2,
    fastestLapPoints: 1,
    points: 15.5,
  })
  expect(second).toMatchObject({ positionPoints: 10, points: 10 })
  expect(scoreRace(rows, ccnaRule, { multiplier: 2 })[0]?.points).toBe(53)
})

test('published: half points at Spa 2021 gave Verstappen 12.5, Russell 9, Hamilton 7.5', () => {
  // Source: 2021 Belgian Grand Prix classification (FIA): half points, race under 75% distance.
  const rule: ScoringRule = {
    points: F1_POINTS,
    awardBy: 'overall',
    bonuses: { fastestLap: 1, fastestLapMaxPosition: 10 },
  }
  const rows = order(['33:verstappen', '63:russell', '44:hamilton'])
  expect(scoreRace(rows, rule, { multiplier: 0.5 }).map((r) => r.points)).toEqual([12.5, 9, 7.5])
})

test('published: Magnussen set the fastest lap at Singapore 2019 but, 17th, scored no point for it', () => {
  // Source: 2019 Singapore Grand Prix classification (FIA): the fastest-lap point counts only
  // for a top-10 finisher, so none was awarded.
  const rule: ScoringRule = {
    points: F1_POINTS,
    awardBy: 'overall',
    bonuses: { fastestLap: 1, fastestLapMaxPosition: 10 },
  }
  const cars = Array.from({ length: 17 }, (_, i) => String(i + 1))
  const rows = order(cars, { '17': { driver: 'magnussen', fastestLap: true } })
  expect(scoreRace(rows, rule).at(-1)).toMatchObject({ place: 17, fastestLapPoints: 0, points: 0 })
})

test('a retired car cannot take the fastest lap when only the top N score it (a surviving mutant read no place as place 0)', () => {
  // docs/scoring-rules.md#race-points: with a top-N condition an unclassified car has no place,
  // so it cannot take the fastest lap (F1 from 2019: only a top-10 finisher scores it).
  const rule: ScoringRule = {
    points: F1_POINTS,
    awardBy: 'overall',
    bonuses: { fastestLap: 1, fastestLapMaxPosition: 10 },
  }
  const rows = [finished(1, { car: '1' }), out('dnf', { car: '2', fastestLap: true })]
  expect(scoreRace(rows, rule)[1]).toMatchObject({ place: null, fastestLapPoints: 0, points: 0 })
})

test('fastestLapMaxPosition counts the class place when points go by class', () => {
  const rule: ScoringRule = { ...ccnaRule, bonuses: { fastestLap: 1, fastestLapMaxPosition: 2 } }
  const rows = order(['1', '2', '3', '4'], { '4': { class: 'am', fastestLap: true } })
  expect(scoreRace(rows, rule).at(-1)).toMatchObject({ place: 1, fastestLapPoints: 1 })
})

test('without requireClassified a retired car keeps its pole and fastest lap bonuses', () => {
  const rows = [finished(1, { car: '1' }), out('dnf', { car: '2', pole: true, fastestLap: true })]
  expect(scoreRace(rows, ccnaRule)[1]).toMatchObject({
    polePoints: 2,
    fastestLapPoints: 1,
    points: 3,
  })
})

test('with requireClassified only classified cars take bonuses', () => {
  const rule: ScoringRule = {
    ...ccnaRule,
    bonuses: { pole: 2, fastestLap: 1, requireClassified: true },
  }
  const rows = [finished(1, { car: '1', fastestLap: true }), out('dnf', { car: '2', pole: true })]
  expect(pointsOf(scoreRace(rows, rule))).toEqual([
    ['1', 26],
    ['2', 0],
  ])
})

test('a disqualified car scores nothing, not even its pole bonus', () => {
  const rows = [finished(1, { car: '1' }), out('dsq', { car: '2', pole: true, fastestLap: true })]
  expect(scoreRace(rows, ccnaRule)[1]).toMatchObject({
    place: null,
    polePoints: 0,
    fastestLapPoints: 0,
    points: 0,
  })
})

test('a disqualified car does not take a class place from the cars behind it', () => {
  const rows = [out('dsq', { car: '1' }), finished(1, { car: '2' }), finished(2, { car: '3' })]
  expect(pointsOf(scoreRace(rows, ccnaRule))).toEqual([
    ['2', 25],
    ['3', 20],
    ['1', 0],
  ])
})

test('penalty points come off the car score, even below zero', () => {
  const rows = order(['1', '2'], { '1': { penaltyPoints: 5 }, '2': { penaltyPoints: 30 } })
  expect(pointsOf(scoreRace(rows, ccnaRule))).toEqual([
    ['1', 20],
    ['2', -10],
  ])
})

test('countback places are the scoring places of races that count for countback', () => {
  const rows = order(['1', '2'], { '1': { class: 'am' } })
  expect(scoreRace(rows, ccnaRule).map((r) => r.countbackPlace)).toEqual([1, 1])
  expect(
    scoreRace(rows, ccnaRule, { countsForCountback: false }).map((r) => r.countbackPlace),
  ).toEqual([null, null])
})

test('published: a tied fastest lap splits its bonus — 1954 British Grand Prix, seven drivers on 1/7 point each', () => {
  // Source: F1DB race results 1954 round 5 (data-src/f1db/1954.json) and the FIA rule of the
  // time: one point for the fastest lap, shared when several drivers set the same time.
  const rule: ScoringRule = {
    points: [8, 6, 4, 3, 2],
    awardBy: 'overall',
    bonuses: { fastestLap: 1 },
  }
  const cars = ['1', '2', '3', '4', '5', '6', '7', '8']
  const rows = order(
    cars,
    Object.fromEntries(cars.slice(1).map((car) => [car, { fastestLap: true }])),
  )
  const scored = scoreRace(rows, rule)
  expect(scored.map((r) => r.fastestLapPoints)).toEqual([0, ...new Array<number>(7).fill(1 / 7)])
  expect(scored[1]?.points).toBeCloseTo(6 + 1 / 7, 12)
  // By class, each class's fastest lap is shared only within the class.
  const byClass = order(['1', '2', '3'], {
    '1': { fastestLap: true },
    '2': { fastestLap: true, class: 'am' },
    '3': { fastestLap: true, class: 'am' },
  })
  expect(scoreRace(byClass, ccnaRule).map((r) => r.fastestLapPoints)).toEqual([1, 0.5, 0.5])
})

test('published: noPoints — 1963 France, Graham Hill kept 3rd but scored nothing (push start); 4th still scored 3', () => {
  // Source: F1DB race results 1963 round 4 (data-src/f1db/1963.json): Hill 3rd, no points;
  // Ginther (4th) 3 points. Nobody moves up: the 4 points of 3rd go to nobody.
  const rule: ScoringRule = {
    points: [9, 6, 4, 3, 2, 1],
    awardBy: 'overall',
    bonuses: { fastestLap: 1, pole: 1 },
  }
  const rows = order(['1', '2', '3', '4'], {
    '3': { noPoints: true, pole: true, fastestLap: true },
  })
  expect(pointsOf(scoreRace(rows, rule))).toEqual([
    ['1', 9],
    ['2', 6],
    ['3', 0],
    ['4', 3],
  ])
  expect(scoreRace(rows, rule)[2]).toMatchObject({ place: 3, countbackPlace: 3, polePoints: 0 })
})

test('published: keepWhenDisqualified — 1959 France, Moss disqualified for a push start kept the fastest-lap point', () => {
  // Source: F1DB race results 1959 round 4 (data-src/f1db/1959.json): Moss DSQ, 1 point.
  const rule: ScoringRule = {
    points: [8, 6, 4, 3, 2],
    awardBy: 'overall',
    bonuses: { fastestLap: 1, keepWhenDisqualified: true },
  }
  const rows = [...order(['1', '2']), out('dsq', { car: '7', fastestLap: true })]
  expect(pointsOf(scoreRace(rows, rule))).toEqual([
    ['1', 8],
    ['2', 6],
    ['7', 1],
  ])
  // The usual rule: a disqualified car scores nothing, bonuses included.
  const usual = { ...rule, bonuses: { fastestLap: 1 } }
  expect(pointsOf(scoreRace(rows, usual))[2]).toEqual(['7', 0])
})

// Readings an independent scorer had to guess (docs/scoring-rules.md#readings), pinned.

test('reading (a): a tied fastest lap is split among every car flagged in its class (or race), eligible or not; an ineligible car’s share goes to nobody', () => {
  const rule: ScoringRule = {
    points: F1_POINTS,
    awardBy: 'overall',
    bonuses: { fastestLap: 1, fastestLapMaxPosition: 10 },
  }
  const cars = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']
  const rows = [
    ...order(cars, {
      '1': { fastestLap: true },
      '3': { fastestLap: true, noPoints: true },
      '11': { fastestLap: true },
    }),
    out('dsq', { car: '20', fastestLap: true }),
  ]
  // Four cars on the same time: the winner's quarter is his; the noPoints car, the 11th (beyond
  // fastestLapMaxPosition) and the disqualified car take none, and nobody takes theirs.
  const scored = scoreRace(rows, rule)
  expect(scored.filter((r) => r.fastestLap).map((r) => [r.car, r.fastestLapPoints])).toEqual([
    ['1', 0.25],
    ['3', 0],
    ['11', 0],
    ['20', 0],
  ])
})

test('reading (c): penalty points on a noPoints car still come off: it scores nothing and goes below zero', () => {
  const rows = order(['1', '2'], { '1': { noPoints: true, pole: true, penaltyPoints: 5 } })
  expect(scoreRace(rows, ccnaRule)[0]).toMatchObject({
    tablePoints: 0,
    polePoints: 0,
    penaltyPoints: 5,
    points: -5,
  })
  // Nobody takes its place's points: car 2 is still second.
  expect(pointsOf(scoreRace(rows, ccnaRule))).toEqual([
    ['1', -5],
    ['2', 20],
  ])
})
