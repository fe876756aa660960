import { expect, test } from 'vitest'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { applyWhatIf } from '../../src/model/what-if.ts'
import { filesOf, makeSeason, order, pointsTable, results } from '../fixtures/build.ts'

/*
 * The season model every surface reads (docs/architecture.md): what it projects while a race is
 * live, what changed since the last download, and which finished step a projected step is.
 * Carrera Cup points by class (25-20-17-14…), no bonuses taken here.
 */
const season = makeSeason()
const r01 = results('r01', order(['1', '2', '3', '4']))
// Race 2 running: d3 leads d1 and d2; d4 is not in it.
const r02Live = results('r02', order(['3', '1', '2']), 'live')
const r02Official = results('r02', order(['3', '1', '2']))
const table = (model: ReturnType<typeof buildSeasonModel>, step: number) =>
  pointsTable(model.championship('pro')?.table(step) ?? [])

test('a live race is read as it stands: points and places gained by each entry in it', () => {
  const model = buildSeasonModel({ season, files: filesOf(r01, r02Live) })
  expect(model.projecting).toBe(true)
  expect(model.liveRaces).toEqual(['r02'])
  expect(table(model, 1)).toEqual([
    ['d1', 45],
    ['d3', 42],
    ['d2', 37],
    ['d4', 14],
  ])
  // The results alone stop at race 1.
  expect(model.results.scored.map((race) => race.race.race.id)).toEqual(['r01'])
  expect(Object.fromEntries(model.liveDeltas('pro') ?? [])).toEqual({
    d1: { points: 20, places: 0 },
    d3: { points: 25, places: 1 },
    d2: { points: 17, places: -1 },
    d4: { points: 0, places: 0 },
  })
  // Asked twice, made once.
  expect(model.liveDeltas('pro')).toBe(model.liveDeltas('pro'))
  expect(model.statusAt(1)).toEqual({ kind: 'live', races: ['r02'] })
  expect(model.statusAt(0)).toEqual({ kind: 'official' })
})

test('a newcomer in the live race has gained its points and no places', () => {
  const model = buildSeasonModel({
    season,
    files: filesOf(r01, results('r02', order(['9', '1']), 'live')),
  })
  expect(model.liveDeltas('pro')?.get('d9')).toEqual({ points: 25, places: 0 })
  expect(model.liveDeltas('pro')?.get('d1')).toEqual({ points: 20, places: 0 })
})

test('with projection off, a live race is not scored: no deltas, the results as they are', () => {
  const model = buildSeasonModel({ season, files: filesOf(r01, r02Live), projectLive: false })
  expect(model.projecting).toBe(false)
  expect(model.liveRaces).toEqual(['r02'])
  expect(model.standings).toBe(model.results)
  expect(model.liveDeltas('pro')).toBeNull()
  expect(table(model, 0)).toEqual([
    ['d1', 25],
    ['d2', 20],
    ['d3', 17],
    ['d4', 14],
  ])
})

test('no race live: nothing projected, no deltas', () => {
  const model = buildSeasonModel({ season, files: filesOf(r01, r02Official) })
  expect(model.projecting).toBe(false)
  expect(model.liveRaces).toEqual([])
  expect(model.liveDeltas('pro')).toBeNull()
  expect(model.statusNote(1)).toBeNull()
})

test('the finished step of a projected step is the last race with a result', () => {
  const model = buildSeasonModel({ season, files: filesOf(r01, r02Live) })
  expect(model.finishedStep(1)).toBe(0)
  expect(model.finishedStep(0)).toBe(0)
  expect(model.finishedStep(-1)).toBe(-1)
  expect(model.finished('pro')?.progression.steps).toHaveLength(1)
  expect(model.finished('nobody')).toBeNull()
})

test('changed since the last download: entries whose place or points moved, not the others', () => {
  const model = buildSeasonModel({
    season,
    files: filesOf(r01, r02Official),
    previousFiles: filesOf(r01),
  })
  expect([...model.changed('pro')].toSorted()).toEqual(['d1', 'd2', 'd3'])
  expect(model.changed('pro')).toBe(model.changed('pro'))
  // Nothing before: nothing changed.
  expect(buildSeasonModel({ season, files: filesOf(r01) }).changed('pro').size).toBe(0)
  // The same download again: nothing changed.
  const same = buildSeasonModel({ season, files: filesOf(r01), previousFiles: filesOf(r01) })
  expect(same.changed('pro').size).toBe(0)
  // An entry new since the last download is not "changed": it has no row to compare. d9 wins
  // race 2 and is second on 25, behind d1 (45, second in it); d2, d3 and d4 each drop a place
  // on unchanged points.
  const newcomer = buildSeasonModel({
    season,
    files: filesOf(r01, results('r02', order(['9']))),
    previousFiles: filesOf(r01),
  })
  expect([...newcomer.changed('pro')].toSorted()).toEqual(['d2', 'd3', 'd4'])
  expect(newcomer.championship('pro')?.table(1)[1]?.id).toBe('d9')
})

test('changed while a race is live compares the running orders as they stood then and now', () => {
  const model = buildSeasonModel({
    season,
    files: filesOf(r01, r02Live),
    previousFiles: filesOf(r01, results('r02', order(['1', '2', '3']), 'live')),
  })
  // Then d1 50, d2 40, d3 34; now d1 45, d3 42, d2 37; d4 on 14 fourth both times.
  expect([...model.changed('pro')].toSorted()).toEqual(['d1', 'd2', 'd3'])
})

test('imagined results need applyWhatIf, and with it the model reads them', () => {
  const imagined = [
    { by: 'entry' as const, race: 'r02', order: ['d2', 'd1'], pole: null, fastestLap: null },
  ]
  expect(() => buildSeasonModel({ season, files: filesOf(r01), imagined })).toThrow(
    /imagined results need applyWhatIf/,
  )
  const model = buildSeasonModel({ season, files: filesOf(r01), imagined }, applyWhatIf)
  expect(model.imaginedRaces).toEqual(['r02'])
  expect(model.statusAt(1)).toEqual({ kind: 'hypothetical', races: ['r02'] })
  expect(table(model, 1)).toEqual([
    ['d1', 45],
    ['d2', 45],
    ['d3', 17],
    ['d4', 14],
  ])
  // The results alone know nothing of it.
  expect(model.results.scored).toHaveLength(1)
})

test('a championship the season does not have is null; one that has no race yet has no table', () => {
  const model = buildSeasonModel({ season, files: filesOf() })
  expect(model.championship('nobody')).toBeNull()
  expect(model.championship('pro')?.table(-1)).toEqual([])
  expect(model.championship('pro')).toBe(model.championship('pro'))
})

test('a download before any result: entries new to the table are new, not changed', () => {
  const model = buildSeasonModel({ season, files: filesOf(r01), previousFiles: filesOf() })
  expect(model.changed('pro').size).toBe(0)
  expect(model.championship('pro')?.table(0)).toHaveLength(4)
})

test('no what-if: nothing imagined, nothing unknown; an empty what-if asks nothing of applyWhatIf', () => {
  const refuse = () => {
    throw new Error('applyWhatIf called with nothing imagined')
  }
  const model = buildSeasonModel({ season, files: filesOf(r01), imagined: [] }, refuse)
  expect([model.imaginedRaces, model.unknownEntries, model.imagined]).toEqual([[], [], []])
  expect(model.standings).toBe(model.results)
})

test('a what-if that changes no race leaves the standings as the results', () => {
  const imagined = [
    { by: 'entry' as const, race: 'r09', order: ['d1'], pole: null, fastestLap: null },
  ]
  const model = buildSeasonModel({ season, files: filesOf(r01), imagined }, (_s, files) => ({
    races: [],
    files: new Map([...files].filter(() => false)),
    unknown: ['d99'],
    byEntry: [],
  }))
  expect(model.standings).toBe(model.results)
  expect(model.unknownEntries).toEqual(['d99'])
})
