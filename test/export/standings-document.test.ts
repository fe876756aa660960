import { expect, test } from 'vitest'
import { CSV_CONTENTS, toStandingsCsv } from '../../src/export/standings-csv.ts'
import { toStandingsDocument, writeStandingsJson } from '../../src/export/standings-document.ts'
import { TEXT_CONTENTS, toStandingsText } from '../../src/export/standings-text.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { exportModel as standings } from '../fixtures/export-season.ts'

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
      bonusPoints: 2,
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
      bonusPoints: 0,
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

test('published: the JSON says Dickinson clinched 2023 Pro after race 12 and who is eliminated', async () => {
  const { shippedFiles, shippedSeason, stepAfter } = await import('../fixtures/shipped-season.ts')
  const season = await shippedSeason('ccna/2023')
  const model = buildSeasonModel(await shippedFiles('ccna/2023'))
  const [pro] = toStandingsDocument(model, stepAfter(season, 'r12'), ['pro']).championships
  const [dickinson] = pro!.standings
  expect(dickinson).toMatchObject({
    name: 'Riley Dickinson',
    clinched: true,
    eliminated: false,
    bestPosition: 1,
    worstPosition: 1,
  })
  // Sargent's points after race 12 are reconstructed (not published): the most he could reach
  // is whatever he has plus four races' best (25 + pole 2 + fastest lap 1).
  const sargent = pro!.standings.find((s) => s.name === 'Tom Sargent')
  expect(sargent).toMatchObject({ clinched: false, eliminated: true })
  expect(sargent?.maxPoints).toBe((sargent?.points ?? 0) + 4 * 28)
  const [beforeRace12] = toStandingsDocument(model, stepAfter(season, 'r11'), ['pro']).championships
  expect(beforeRace12?.clinch).toBe(
    'Dickinson clinches the Pro title in race 12 by finishing ahead of Sargent and Martin, or with Sargent ninth or lower (tenth or lower with the fastest lap; 11th or lower with the pole; 12th or lower with the pole and the fastest lap) and Martin third or lower (fourth or lower with the pole).',
  )
  // Teams have scenarios too (they had none before): the 2023 Entrants title was still open.
  const [teams] = toStandingsDocument(model, stepAfter(season, 'r08'), ['teams']).championships
  expect(teams?.standings[0]).toMatchObject({ clinched: false, eliminated: false, bestPosition: 1 })
  expect(teams?.outlook).toMatch(/^Kellymoss (clinches|cannot clinch) the Entrants title in race 9/)
})

test('the table and the CSV read no scenarios: without them the same text, and the fields null', async () => {
  const { shippedFiles, shippedSeason, stepAfter } = await import('../fixtures/shipped-season.ts')
  const season = await shippedSeason('ccna/2023')
  const model = buildSeasonModel(await shippedFiles('ccna/2023'))
  const step = stepAfter(season, 'r11')
  const raceIds = model.standings.calendar.map((race) => race.race.id)
  const whole = toStandingsDocument(model, step)
  const forText = toStandingsDocument(model, step, [], TEXT_CONTENTS)
  const forCsv = toStandingsDocument(model, step, [], CSV_CONTENTS)
  // After race 11 Dickinson could clinch Pro in race 12: the whole document says so.
  expect(whole.championships[0]?.clinch).toMatch(/^Dickinson clinches the Pro title in race 12/)
  for (const document of [forText, forCsv])
    for (const championship of document.championships) {
      expect(championship).toMatchObject({ clinch: null, outlook: null })
      for (const standing of championship.standings)
        expect(standing).toMatchObject({ clinched: null, worstPosition: null, maxPoints: null })
    }
  expect(toStandingsText(forText, 'Carrera Cup')).toBe(toStandingsText(whole, 'Carrera Cup'))
  expect(toStandingsCsv([forCsv], raceIds)).toBe(toStandingsCsv([whole], raceIds))
  // The table lists no races; the CSV does.
  expect(forText.championships[0]?.standings[0]?.races).toEqual([])
  expect(forCsv.championships[0]?.standings[0]?.races).toHaveLength(11)
})

test('written a standing at a time, the JSON is exactly JSON.stringify of the documents', async () => {
  const { shippedFiles } = await import('../fixtures/shipped-season.ts')
  const model = buildSeasonModel(await shippedFiles('ccna/2024'))
  const steps = model.standings.scored.map((_, step) => step)
  for (const [chosen, asArray, ids] of [
    [steps, true, []],
    [[steps.length - 1], false, ['masters', 'teams']],
  ] as const) {
    let text = ''
    writeStandingsJson(model, chosen, asArray, ids, (piece) => (text += piece))
    const documents = chosen.map((step) => toStandingsDocument(model, step, ids))
    expect(text).toBe(JSON.stringify(asArray ? documents : documents[0]))
  }
})

test('after every race of a season with drops, each race is written with the dropped flag of its step (its text is reused)', async () => {
  const { shippedFiles } = await import('../fixtures/shipped-season.ts')
  // 1967: the best five of the first six races and the best four of the last five count.
  const model = buildSeasonModel(await shippedFiles('f1/1967'))
  const steps = model.standings.scored.map((_, step) => step)
  let text = ''
  writeStandingsJson(model, steps, true, [], (piece) => (text += piece))
  const documents = steps.map((step) => toStandingsDocument(model, step))
  expect(text).toBe(JSON.stringify(documents))
  // Jim Clark retired in South Africa (r01): counted while few races had run, then his score
  // there is the one dropped. Both texts of that race are in the output, each at its step.
  const clark = documents.map((d) =>
    d.championships[0]?.standings
      .find((s) => s.name === 'Jim Clark')
      ?.races.find((r) => r.race === 'r01'),
  )
  expect(clark[0]?.dropped).toBe(false)
  expect(clark.at(-1)?.dropped).toBe(true)
})
