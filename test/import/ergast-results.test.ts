import { expect, test } from 'vitest'
import { readTimingFile } from '../../src/import/read-timing-file.ts'
import { makeSeason } from '../fixtures/build.ts'

/** The Ergast/Jolpica envelope and result fields as documented (../shared/research/formats.md §2.1). */
const ergast = {
  MRData: {
    series: 'f1',
    RaceTable: {
      season: '2016',
      round: '21',
      Races: [
        {
          season: '2016',
          round: '21',
          raceName: 'Abu Dhabi Grand Prix',
          Results: [
            {
              number: '44',
              position: '1',
              positionText: '1',
              points: '25',
              grid: '1',
              laps: '55',
              status: 'Finished',
              Driver: { driverId: 'hamilton', givenName: 'Lewis', familyName: 'Hamilton' },
              Constructor: { constructorId: 'mercedes', name: 'Mercedes' },
              Time: { millis: '5927203', time: '1:38:04.013' },
              FastestLap: { rank: '2', lap: '49', Time: { time: '1:43.729' } },
            },
            {
              number: '6',
              position: '2',
              positionText: '2',
              points: '18',
              grid: '2',
              laps: '55',
              status: 'Finished',
              Driver: { driverId: 'rosberg', givenName: 'Nico', familyName: 'Rosberg' },
              Constructor: { constructorId: 'mercedes', name: 'Mercedes' },
              Time: { time: '+0.439' },
              FastestLap: { rank: '3', Time: { time: '1:43.842' } },
            },
            {
              number: '5',
              position: '3',
              positionText: 'R',
              points: '0',
              grid: '5',
              laps: '30',
              status: 'Engine',
              Driver: { driverId: 'vettel', givenName: 'Sebastian', familyName: 'Vettel' },
              Constructor: { name: 'Ferrari' },
              FastestLap: { rank: '1', Time: { time: '1:43.155' } },
            },
            {
              number: '99',
              position: '4',
              positionText: 'W',
              points: '0',
              grid: '0',
              laps: '0',
              status: 'Withdrew',
              Driver: { givenName: 'Test', familyName: 'Driver' },
              Constructor: { name: 'Ferrari' },
            },
          ],
        },
      ],
    },
  },
}

const season = makeSeason({
  classes: [{ id: 'f1', name: 'F1' }],
  drivers: [
    { id: 'lewis-hamilton', name: 'Lewis Hamilton' },
    { id: 'nico-rosberg', name: 'Nico Rosberg' },
  ],
  teams: [{ id: 'mercedes', name: 'Mercedes' }],
})

test('Ergast JSON: strings everywhere, positionText decides, grid 1 takes the pole, rank 1 the fastest lap', () => {
  const imported = readTimingFile('results.json', JSON.stringify(ergast), season, {
    race: 'r01',
  }).outcome
  if (!imported.ok) throw new Error(imported.errors.join('\n'))
  expect(
    imported.value.results.rows.map((r) => [
      r.car,
      r.drivers,
      r.team,
      r.status,
      r.position ?? null,
      r.pole,
      r.fastestLap,
    ]),
  ).toEqual([
    ['44', ['lewis-hamilton'], 'mercedes', 'classified', 1, true, false],
    ['6', ['nico-rosberg'], 'mercedes', 'classified', 2, false, false],
    ['5', ['sebastian-vettel'], 'ferrari', 'dnf', null, false, true],
    ['99', ['test-driver'], 'ferrari', 'dns', null, false, false],
  ])
})

test('a JSON file that is not Ergast says where it differs', () => {
  const imported = readTimingFile('x.json', '{"MRData": {}}', season, { race: 'r01' }).outcome
  expect(imported.ok ? [] : imported.errors).toEqual([
    'x.json: MRData.RaceTable: missing: expected an object, got nothing',
  ])
})
