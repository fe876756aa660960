import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../src/engine/season-standings.ts'
import type { RaceFile } from '../../src/engine/types.ts'
import { toStandingsCsv } from '../../src/export/standings-csv.ts'
import { toStandingsDocument } from '../../src/export/standings-document.ts'
import { toStandingsText } from '../../src/export/standings-text.ts'
import { filesOf, makeSeason, order, out, results, rounds } from '../fixtures/build.ts'

const season = makeSeason({
  rounds: rounds(3),
  drivers: [
    { id: 'a', name: 'Ann Able' },
    { id: 'b', name: '=HYPERLINK("x")' },
  ],
  championships: [
    {
      id: 'pro',
      name: 'Pro',
      kind: 'drivers',
      classes: ['pro'],
      drops: { worst: 1, fromRace: 'r03' },
    },
    { id: 'teams', name: 'Entrants', kind: 'teams', method: 'rank' },
  ],
})
const files = new Map<string, RaceFile>([
  ...filesOf(
    results('r01', order(['1:a', '2:b'], { '1': { pole: true }, '2': { team: 't2' } })),
    results('r03', [
      ...order(['2:b'], { '2': { team: 't2' } }),
      out('dnf', { car: '1', driver: 'a' }),
    ]),
  ),
  ['r02', { kind: 'invalid', problems: ['results/r02.json: rows: bad'] }],
])
const standings = computeSeasonStandings(season, files)

test('the JSON document: positions, gaps, stats, per-race breakdown with drops, and what was not counted', () => {
  const document = toStandingsDocument(standings, 1, ['pro'])
  expect(document).toMatchObject({
    season: 2024,
    series: 'test',
    afterRace: 'r03',
    afterRaceName: 'Race 3, Round 3',
  })
  expect(document.notCounted).toEqual([
    { race: 'r02', state: 'invalid', reason: 'results/r02.json: rows: bad' },
  ])
  const [pro] = document.championships
  expect(
    pro?.standings.map((s) => [
      s.position,
      s.id,
      s.points,
      s.pointsBeforeDrops,
      s.gapToLeader,
      s.dropped,
    ]),
  ).toEqual([
    [1, 'a', 27, 27, 0, ['r03']],
    [2, 'b', 25, 45, 2, ['r01']],
  ])
  expect(pro?.standings[0]?.races).toEqual([
    {
      race: 'r01',
      car: '1',
      team: 't1',
      class: 'pro',
      status: 'classified',
      position: 1,
      classPosition: 1,
      place: 1,
      positionPoints: 25,
      multiplier: 1,
      polePoints: 2,
      fastestLapPoints: 0,
      penaltyPoints: 0,
      points: 27,
      dropped: false,
    },
    {
      race: 'r03',
      car: '1',
      team: 't1',
      class: 'pro',
      status: 'dnf',
      position: null,
      classPosition: null,
      place: null,
      positionPoints: 0,
      multiplier: 1,
      polePoints: 0,
      fastestLapPoints: 0,
      penaltyPoints: 0,
      points: 0,
      dropped: true,
    },
  ])
  expect(pro?.standings[0]).toMatchObject({
    wins: 1,
    podiums: 1,
    poles: 1,
    starts: 2,
    dnfs: 1,
    bestFinish: 1,
    car: '1',
    team: 'Team 1',
  })
})

test('the teams document shows each team race with its cars and which one counted', () => {
  const [teams] = toStandingsDocument(standings, 0, ['teams']).championships
  expect(teams?.standings.map((s) => [s.id, s.points, s.races])).toEqual([
    [
      't1',
      25,
      [
        {
          race: 'r01',
          rank: 1,
          points: 25,
          dropped: false,
          cars: [
            {
              car: '1',
              drivers: ['a'],
              class: 'pro',
              status: 'classified',
              place: 1,
              points: 27,
              counted: true,
            },
          ],
        },
      ],
    ],
    [
      't2',
      20,
      [
        {
          race: 'r01',
          rank: 2,
          points: 20,
          dropped: false,
          cars: [
            {
              car: '2',
              drivers: ['b'],
              class: 'pro',
              status: 'classified',
              place: 2,
              points: 20,
              counted: true,
            },
          ],
        },
      ],
    ],
  ])
})

test('CSV: one line per entry, race columns, formula-looking names neutralised', () => {
  const csv = toStandingsCsv([toStandingsDocument(standings, 1, ['pro'])], ['r01', 'r03'])
  expect(csv.split('\r\n')).toEqual([
    'afterRace,championship,position,previousPosition,id,name,car,team,points,gapToLeader,gapToNext,wins,podiums,poles,fastestLaps,starts,dnfs,bestFinish,pointsBeforeDrops,adjustments,dropped,tieBreak,r01,r03',
    'r03,pro,1,1,a,Ann Able,1,Team 1,27,0,0,1,1,1,0,2,1,1,27,0,r03,,27,0',
    `r03,pro,2,2,b,"'=HYPERLINK(""x"")",2,Team 2,25,2,2,1,2,0,0,2,0,1,45,0,r01,,20,25`,
    '',
  ])
})

test('the terminal table shows the heading, what was not counted, and the dropped races', () => {
  const text = toStandingsText(toStandingsDocument(standings, 1, ['pro']), 'Test Cup')
  expect(text).toContain('Test Cup 2024 — standings after r03 (Race 3, Round 3)')
  expect(text).toContain('! r02 not counted: results/r02.json: rows: bad')
  expect(text.split('\n').slice(4)).toEqual([
    'Pro',
    'Pos  +/-  Driver           Car  Team    Pts  Gap  Next  W  Pod  Pole  FL  St  Dropped',
    '---  ---  ---------------  ---  ------  ---  ---  ----  -  ---  ----  --  --  -------',
    '  1  =    Ann Able           1  Team 1   27    -     -  1    1     1   0   2  r03',
    '  2  =    =HYPERLINK("x")    2  Team 2   25    2     2  1    2     0   0   2  r01',
    '',
  ])
})
