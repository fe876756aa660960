import { expect, test } from 'vitest'
import { formatFault } from '../../src/data/fault.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import type { Season } from '../../src/engine/types.ts'
import { finished, makeSeason, order, out, results, rounds } from '../fixtures/build.ts'
import { memoryReader, Unreadable } from '../fixtures/memory-reader.ts'

const folder = 'data/test/2024'
const check = (files: Record<string, unknown>) =>
  validateSeason(folder, memoryReader(folder, files))
const messages = async (files: Record<string, unknown>) =>
  (await check(files)).faults.map(formatFault)
const season = makeSeason({ rounds: rounds(8) })

test('a wrong class names the file, the JSON path and the classes there are', async () => {
  const rows = [
    ...order(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']),
    finished(13, { car: '13', class: 'pro_am' }),
  ]
  expect(
    await messages({ 'season.json': season, 'results/r07.json': results('r07', rows) }),
  ).toEqual([
    'results/r07.json: rows[12].class: "pro_am" is not a class of this season (pro, pro-am, am)',
  ])
})

test('a bad result file never hides the good ones: its race is reported and left out of scoring', async () => {
  const got = await check({
    'season.json': season,
    'results/r01.json': results('r01', order(['1', '2'])),
    'results/r02.json': results('r02', [finished(1, { car: '1' }), finished(1, { car: '2' })]),
    'results/r03.json': results('r03', order(['2', '1'])),
  })
  expect(got.faults.map(formatFault)).toEqual([
    'results/r02.json: rows[1].position: position 1 is also given to rows[0]',
    'results/r02.json: rows: classified positions must run 1..2 without gaps; missing 2',
  ])
  const standings = computeSeasonStandings(got.season!, got.files)
  expect(standings.races.slice(0, 4).map((r) => r.kind)).toEqual([
    'scored',
    'invalid',
    'scored',
    'awaiting',
  ])
  expect(standings.scored.map((s) => s.race.race.id)).toEqual(['r01', 'r03'])
})

test('every fault of every file is reported at once', async () => {
  const got = await messages({
    'season.json': season,
    'results/r01.json': { ...results('r01', order(['1'])), race: 'r09' },
    'results/r02.json': results('r02', [
      finished(1, { car: '1', driver: 'nobody', team: 'no-team' }),
      finished(3, { car: '1', driver: 'd1' }),
      out('dnf', { car: '3', driver: 'd1' }),
    ]),
  })
  expect(got).toEqual([
    'results/r01.json: race: "r09" does not match race "r01", whose result file this is',
    'results/r02.json: rows[0].team: "no-team" is not a team of this season',
    'results/r02.json: rows[0].drivers[0]: "nobody" is not a driver of this season',
    'results/r02.json: rows[1].car: car "1" is also rows[0]',
    'results/r02.json: rows[2].drivers[0]: "d1" is also in rows[1]: a driver drives one car per race, or shares one',
    'results/r02.json: rows: classified positions must run 1..2 without gaps; missing 2',
  ])
})

test('at most one pole per class, or per race when points go by overall position; fastest laps may tie', async () => {
  const rows = order(['1', '2', '3'], {
    '1': { pole: true },
    '2': { pole: true, class: 'am' },
    '3': { fastestLap: true },
  })
  expect(
    await messages({ 'season.json': season, 'results/r01.json': results('r01', rows) }),
  ).toEqual([])
  const overall: Season = {
    ...season,
    scoring: { race: { points: [3, 2, 1], awardBy: 'overall' } },
  }
  expect(
    await messages({ 'season.json': overall, 'results/r01.json': results('r01', rows) }),
  ).toEqual(['results/r01.json: rows[1].pole: a second pole in this race (rows[0] has it)'])
  // Two cars on the same fastest lap time share it (and split its bonus, score-race.ts).
  const twoLaps = order(['1', '2'], { '1': { fastestLap: true }, '2': { fastestLap: true } })
  expect(
    await messages({ 'season.json': season, 'results/r01.json': results('r01', twoLaps) }),
  ).toEqual([])
})

test('shape faults say what was expected and what was there', async () => {
  const row = { car: 20, drivers: ['d1'], team: 't1', class: 'pro', status: 'done', position: 1.5 }
  const file = {
    format: 'pitboard-results/1',
    race: 'r01',
    status: 'official',
    rows: [row, { ...order(['2'])[0], position: undefined }],
  }
  expect(await messages({ 'season.json': season, 'results/r01.json': file })).toEqual([
    'results/r01.json: rows[0].car: expected text, got 20',
    'results/r01.json: rows[0].status: expected "classified" or "dnf" or "dns" or "dsq" or "nc", got "done"',
    'results/r01.json: rows[0].position: expected a whole number, got 1.5',
    'results/r01.json: rows[1].position: a classified car needs its overall position',
  ])
})

test('a position on a car that is not classified is a fault, not silently ignored', async () => {
  const rows = [finished(1, { car: '1' }), { ...out('dnf', { car: '2' }), position: 2 }]
  expect(
    await messages({ 'season.json': season, 'results/r01.json': { ...results('r01', []), rows } }),
  ).toEqual([
    'results/r01.json: rows[1].position: only classified cars have a position (this car is "dnf")',
  ])
})

test('JSON syntax errors give the line and column', async () => {
  const got = await messages({
    'season.json': season,
    'results/r01.json': '{\n  "format": "pitboard-results/1",\n  "race": "r01",,\n}',
  })
  expect(got).toEqual([
    'results/r01.json: not valid JSON at line 3, column 17: Expected double-quoted property name',
  ])
})

test('a missing season.json, or one that is not a season, leaves nothing to score and says why', async () => {
  expect(await messages({})).toEqual(['season.json: not found in data/test/2024'])
  const got = await check({ 'season.json': { ...season, format: 'pitboard-season/2', rounds: [] } })
  expect(got.season).toBeNull()
  expect(got.faults.map(formatFault)).toEqual([
    'season.json: format: expected "pitboard-season/1", got "pitboard-season/2"',
    'season.json: rounds: a season needs at least one round, got an empty list',
  ])
})

test('a result file that cannot be read is a fault; one that does not exist is a race not run yet', async () => {
  const got = await check({
    'season.json': season,
    'results/r01.json': new Unreadable('HTTP 500 Internal Server Error'),
  })
  expect(got.faults.map(formatFault)).toEqual(['results/r01.json: HTTP 500 Internal Server Error'])
  expect(got.files.get('r01')).toEqual({
    kind: 'invalid',
    problems: ['results/r01.json: HTTP 500 Internal Server Error'],
  })
  expect(got.files.has('r02')).toBe(false)
})

test('duplicate ids make the season unusable, because every reference to them is ambiguous', async () => {
  const got = await check({
    'season.json': { ...season, drivers: [...season.drivers, { id: 'd3', name: 'Another' }] },
  })
  expect(got.season).toBeNull()
  expect(got.faults.map(formatFault)).toEqual([
    'season.json: drivers[20].id: "d3" is already the id of drivers[2]: ids must be unique',
  ])
})

test('a championship that names an unknown class, race or driver is left out; the others still work', async () => {
  const bad: Season = {
    ...season,
    championships: [
      ...season.championships,
      {
        id: 'cup',
        name: 'Cup',
        kind: 'drivers',
        classes: ['gold'],
        drops: { worst: 1, fromRace: 'r99' },
      },
    ],
    adjustments: [
      { championship: 'pro', driver: 'ghost', points: -5, afterRace: 'r01', reason: 'x' },
    ],
  }
  const got = await check({ 'season.json': bad, 'results/r01.json': results('r01', order(['1'])) })
  expect(got.faults.map(formatFault)).toEqual([
    'season.json: championships[5].classes[0]: "gold" is not a class of this season (pro, pro-am, am)',
    'season.json: championships[5].drops.fromRace: "r99" is not a race of this season',
    'season.json: adjustments[0].driver: "ghost" is not a driver of this season',
  ])
  expect(got.season?.championships.map((c) => c.id)).toEqual(['pro-am', 'am', 'junior', 'teams'])
  expect([...got.unavailableChampionships.keys()]).toEqual(['cup', 'pro'])
})

test('a race whose type has no scoring rule is reported and not scored', async () => {
  const got = await check({
    'season.json': { ...season, rounds: rounds(2, { r02: { type: 'sprint' } }) },
  })
  expect(got.faults.map(formatFault)).toEqual([
    'season.json: rounds[1].races[0].type: "sprint" has no scoring rule (scoring has race)',
  ])
  expect(got.files.get('r02')?.kind).toBe('invalid')
})

test('a results path may not leave the season folder', async () => {
  const got = await messages({
    'season.json': { ...season, rounds: rounds(1, { r01: { results: '../../etc/passwd' } }) },
  })
  expect(got).toEqual([
    'season.json: rounds[0].races[0].results: expected a relative path inside the season folder without "%" escapes, like "results/r01.json", got "../../etc/passwd"',
  ])
})

test('bug: percent-encoded dots escaped the season folder in the browser (the CLI read a literal folder) — refused for both', async () => {
  const sneaky = 'results/%2e%2e/%2e%2e/2024/results/r05.json'
  const got = await messages({
    'season.json': { ...season, rounds: rounds(1, { r01: { results: sneaky } }) },
  })
  expect(got).toEqual([
    // The message quotes at most 40 characters of what was there.
    'season.json: rounds[0].races[0].results: expected a relative path inside the season folder without "%" escapes, like "results/r01.json", got "results/%2e%2e/%2e%2e/2024/results/r0..."',
  ])
})

test('unknown fields are warnings that suggest the field meant, and the file is still used', async () => {
  const rows = [{ ...order(['1'])[0], fastestlap: true }]
  const got = await check({
    'season.json': season,
    'results/r01.json': { ...results('r01', []), rows },
  })
  expect(got.faults).toEqual([])
  expect(got.warnings.map(formatFault)).toEqual([
    'results/r01.json: rows[0].fastestlap: unknown field, ignored (did you mean "fastestLap"?)',
  ])
  expect(got.files.get('r01')?.kind).toBe('results')
})

test('a byte-order mark at the start of a file is accepted', async () => {
  const got = await check({ 'season.json': '\ufeff' + JSON.stringify(season) })
  expect(got.faults).toEqual([])
})

test('only the result files named by season.json are read, each once', async () => {
  const reader = memoryReader(folder, { 'season.json': makeSeason() })
  await validateSeason(folder, reader)
  expect(reader.reads.toSorted()).toEqual([
    'data/test/2024/results/r01.json',
    'data/test/2024/results/r02.json',
    'data/test/2024/results/r03.json',
    'data/test/2024/results/r04.json',
    'data/test/2024/season.json',
  ])
})

test('bug: 1e308 in a points table, multiplier, bonus, adjustment or penalty passed and standings printed Infinity — every number has a range', async () => {
  const huge = 1e308
  const [first, ...rest] = rounds(8)
  const hostile = makeSeason({
    rounds: [
      { ...first!, races: first!.races.map((race) => ({ ...race, pointsMultiplier: huge })) },
      ...rest,
    ],
    scoring: {
      race: { points: [huge, 20], awardBy: 'class', bonuses: { pole: huge, fastestLap: 1 } },
    },
    adjustments: [
      { championship: 'pro', driver: 'd1', points: -huge, afterRace: 'r01', reason: 'x' },
    ],
  })
  const [winner, second] = order(['1', '2'])
  const rows = [{ ...winner!, penaltyPoints: huge }, second!]
  expect(
    await messages({ 'season.json': hostile, 'results/r01.json': results('r01', rows) }),
  ).toEqual([
    'season.json: rounds[0].races[0].pointsMultiplier: a multiplier must be between 0 and 100, got 1e+308',
    'season.json: scoring.race.points[0]: points must be between 0 and 10,000, got 1e+308',
    'season.json: scoring.race.bonuses.pole: points must be between 0 and 10,000, got 1e+308',
    'season.json: adjustments[0].points: an adjustment must be between -100,000 and 100,000, got -1e+308',
  ])
  // A result file's penalty is bounded too (checked once season.json is usable).
  expect(
    await messages({ 'season.json': season, 'results/r01.json': results('r01', rows) }),
  ).toEqual([
    'results/r01.json: rows[0].penaltyPoints: penalty points must be between 0 and 10,000, got 1e+308',
  ])
})

test('bug: control characters and lone surrogates in names and ids passed validate (and broke SVG export, the overlay and links) — refused with the path', async () => {
  const base = makeSeason()
  const hostile = {
    ...base,
    drivers: [
      { id: 'd1', name: 'Jason\u0007 Hart' },
      { id: 'x\ud800', name: 'Lone Surrogate' },
      { id: 'd3', name: `Esc \u001b[31mred` },
      { id: 'jürgen-müller', name: 'Jürgen Müller' },
      ...base.drivers.slice(4),
    ],
  }
  expect(await messages({ 'season.json': hostile })).toEqual([
    'season.json: drivers[0].name: expected a name without control characters, got "Jason\\u0007 Hart"',
    'season.json: drivers[1].id: expected an id of up to 200 characters without spaces, commas or control characters, got "x\\ud800"',
    'season.json: drivers[2].name: expected a name without control characters, got "Esc \\u001b[31mred"',
  ])
})

test('bug: a 10 MB class id put 10 MB on stderr, and ANSI escapes in a car number reached the terminal — refused, 40 characters quoted, escaped', async () => {
  const [first, second] = order(['1', '2'])
  const rows = [
    { ...first!, class: 'x'.repeat(10_000_000) },
    { ...second!, car: '\u001b[2J7' },
  ]
  const got = await messages({ 'season.json': season, 'results/r01.json': results('r01', rows) })
  expect(got).toEqual([
    `results/r01.json: rows[0].class: expected an id of up to 200 characters without spaces, commas or control characters, got "${'x'.repeat(37)}..."`,
    'results/r01.json: rows[1].car: expected the car number as text of up to 20 characters, like "07", got "\\u001b[2J7"',
  ])
  expect(got.join('\n').length).toBeLessThan(400)
})

test('bug: a right-to-left override in a name reversed every sentence it was read out in ("…cannot clinch" backwards) — refused, Arabic and Hebrew names kept', async () => {
  const base = makeSeason()
  const season = {
    ...base,
    drivers: [
      { id: 'd1', name: 'Rüdiger \u202eevil' },
      { id: 'd2', name: 'محمد بن سليمان' },
      { id: 'd3', name: 'יוסי כהן' },
      ...base.drivers.slice(3),
    ],
  }
  expect(await messages({ 'season.json': season })).toEqual([
    'season.json: drivers[0].name: expected a name without direction overrides (U+202A–U+202E, U+2066–U+2069), got "Rüdiger \\u202eevil"',
  ])
})

test('drops: either worst or best, best without fromRace, both bounded', async () => {
  const base = makeSeason()
  const withDrops = (drops: unknown) => ({
    ...base,
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'], drops }],
  })
  expect(await messages({ 'season.json': withDrops({ best: 11 }) })).toEqual([])
  expect(await messages({ 'season.json': withDrops({ worst: 1, best: 11 }) })).toEqual([
    'season.json: championships[0].drops: expected one of "worst" (how many results are discarded), "best" (how many count) or "parts" (a split season)',
  ])
  expect(await messages({ 'season.json': withDrops({ best: 3, fromRace: 'r02' }) })).toEqual([
    'season.json: championships[0].drops: "best" and "parts" count from the first race: "fromRace" goes with "worst" only',
  ])
  expect(await messages({ 'season.json': withDrops({ best: 0 }) })).toHaveLength(1)
  expect(await messages({ 'season.json': withDrops({ worst: 1e9 }) })).toHaveLength(1)
})

test('countbackPlaces: a whole number of places, and only where countback is used', async () => {
  const base = makeSeason()
  const withTie = (extra: Record<string, unknown>) => ({
    ...base,
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'], ...extra }],
  })
  expect(await messages({ 'season.json': withTie({ countbackPlaces: 6 }) })).toEqual([])
  expect(
    await messages({ 'season.json': withTie({ countbackPlaces: 6, tieBreak: ['countback'] }) }),
  ).toEqual([])
  expect(await messages({ 'season.json': withTie({ countbackPlaces: 6, tieBreak: [] }) })).toEqual([
    'season.json: championships[0].countbackPlaces: "countbackPlaces" limits countback, but "tieBreak" leaves countback out',
  ])
  expect(await messages({ 'season.json': withTie({ countbackPlaces: 0 }) })).toHaveLength(1)
  expect(await messages({ 'season.json': withTie({ countbackPlaces: 2.5 }) })).toHaveLength(1)
})

test('vacant: a place vacated after the race (1983 Brazil, second), held by nobody, its points paid to nobody', async () => {
  const f1 = makeSeason({
    rounds: rounds(1),
    scoring: { race: { points: [9, 6, 4, 3, 2, 1], awardBy: 'overall' } },
  })
  const rows = [finished(1, { car: '1' }), finished(3, { car: '3' }), finished(4, { car: '4' })]
  const got = await check({
    'season.json': f1,
    'results/r01.json': { ...results('r01', rows), vacant: [2] },
  })
  expect(got.faults).toEqual([])
  const standings = computeSeasonStandings(got.season!, got.files)
  const drivers = standings.championships.find((c) => c.championship.id === 'pro')!
  expect(drivers.entries.map((e) => e.id)).toEqual(['d1', 'd3', 'd4'])
  expect(Array.from(drivers.table.points)).toEqual([9, 4, 3])
  // Without it, the gap is a fault; a vacant place someone holds, or listed twice, too.
  expect(await messages({ 'season.json': f1, 'results/r01.json': results('r01', rows) })).toEqual([
    'results/r01.json: rows: classified positions must run 1..3 without gaps; missing 2',
  ])
  expect(
    await messages({
      'season.json': f1,
      'results/r01.json': { ...results('r01', rows), vacant: [3, 2, 2] },
    }),
  ).toEqual([
    'results/r01.json: vacant[0]: position 3 is vacant, but rows[1] holds it',
    'results/r01.json: vacant[2]: position 2 is listed twice',
  ])
  expect(
    await messages({
      'season.json': f1,
      'results/r01.json': { ...results('r01', rows), vacant: [0] },
    }),
  ).toHaveLength(1)
})

test('excluded: an entry of the season, a race of the season, and a reason', async () => {
  const base = makeSeason()
  const withExcluded = (excluded: unknown, kind = 'drivers') => ({
    ...base,
    championships: [{ id: 'c', name: 'C', kind, excluded }],
  })
  expect(
    await messages({
      'season.json': withExcluded([{ id: 'd1', afterRace: 'r04', reason: 'stewards' }]),
    }),
  ).toEqual([])
  expect(
    await messages({ 'season.json': withExcluded([{ id: 't1', reason: 'stewards' }], 'teams') }),
  ).toEqual([])
  expect(
    await messages({
      'season.json': withExcluded([
        { id: 't1', reason: 'a team in a drivers’ championship' },
        { id: 'd2', afterRace: 'r99', reason: 'no such race' },
      ]),
    }),
  ).toEqual([
    'season.json: championships[0].excluded[0].id: "t1" is not a driver of this season',
    'season.json: championships[0].excluded[1].afterRace: "r99" is not a race of this season',
  ])
  expect(await messages({ 'season.json': withExcluded([{ id: 'd1', reason: '' }]) })).toEqual([
    'season.json: championships[0].excluded[0].reason: say why it is excluded, got ""',
  ])
})

test('drops.parts: a split season, each part but the last ending at its toRace, in calendar order', async () => {
  const base = makeSeason({ rounds: rounds(6) })
  const withParts = (drops: unknown) => ({
    ...base,
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'], drops }],
  })
  const good = { parts: [{ best: 2, toRace: 'r03' }, { best: 2 }] }
  expect(await messages({ 'season.json': withParts(good) })).toEqual([])
  expect(
    await messages({
      'season.json': withParts({ parts: [{ best: 2 }, { best: 2, toRace: 'r09' }] }),
    }),
  ).toEqual([
    'season.json: championships[0].drops.parts[0].toRace: every part but the last needs "toRace", the last race it covers',
    'season.json: championships[0].drops.parts[1].toRace: the last part runs to the end of the season: leave "toRace" out',
  ])
  expect(
    await messages({
      'season.json': withParts({
        parts: [{ best: 1, toRace: 'r04' }, { best: 1, toRace: 'r02' }, { best: 1 }],
      }),
    }),
  ).toEqual([
    'season.json: championships[0].drops.parts[1].toRace: "r02" comes before the end of the part before',
  ])
  expect(await messages({ 'season.json': withParts({ ...good, best: 3 }) })).toEqual([
    'season.json: championships[0].drops: expected one of "worst" (how many results are discarded), "best" (how many count) or "parts" (a split season)',
  ])
  expect(await messages({ 'season.json': withParts({ parts: [] }) })).toHaveLength(1)
})

test('a driver may also take a turn in a shared car (1964 United States: Clark in his own car, then in Spence’s)', async () => {
  const rows = [
    finished(1, { car: '1' }),
    finished(2, { car: '2', drivers: ['d2', 'd3'] }),
    out('dnf', { car: '3', driver: 'd3' }),
  ]
  expect(
    await messages({ 'season.json': season, 'results/r01.json': results('r01', rows) }),
  ).toEqual([])
  const standings = computeSeasonStandings(
    season,
    (await check({ 'season.json': season, 'results/r01.json': results('r01', rows) })).files,
  )
  const pro = standings.championships.find((c) => c.championship.id === 'pro')!
  // The shared car's 20 points count for each of its drivers, d3 included.
  expect(Array.from(pro.table.points.slice(0, 3))).toEqual([25, 20, 20])
})

test('a championship’s own scoring replaces a race type the season scores, and no other', async () => {
  const base = makeSeason()
  const withScoring = (scoring: unknown) => ({
    ...base,
    championships: [{ id: 'teams', name: 'Teams', kind: 'teams', scoring }],
  })
  const own = { points: [8, 6, 4], awardBy: 'overall' }
  expect(await messages({ 'season.json': withScoring({ race: own }) })).toEqual([])
  expect(await messages({ 'season.json': withScoring({ sprint: own }) })).toEqual([
    'season.json: championships[0].scoring.sprint: "sprint" is not a race type the season scores (race): the championship\'s own rule replaces one of the season\'s',
  ])
})

test('shares: one per driver of the car, each from 0 to 1; fastestLapBy: a driver of the car, which has the fastest lap', async () => {
  const rows = (extra: Record<string, unknown>) => [
    { ...finished(1, { car: '1', drivers: ['d1', 'd2'], fastestLap: true }), ...extra },
  ]
  const file = (extra: Record<string, unknown>) => ({
    'season.json': season,
    'results/r01.json': results('r01', rows(extra)),
  })
  expect(await messages(file({ shares: [0.5, 0.5], fastestLapBy: 'd2' }))).toEqual([])
  expect(await messages(file({ shares: [1], fastestLapBy: 'd3' }))).toEqual([
    'results/r01.json: rows[0].shares: expected one share per driver (2), got 1',
    'results/r01.json: rows[0].fastestLapBy: "d3" is not a driver of this car',
  ])
  expect(await messages(file({ shares: [0.5, 1.5] }))).toHaveLength(1)
  const noLap = [{ ...finished(1, { car: '1', drivers: ['d1', 'd2'] }), fastestLapBy: 'd1' }]
  expect(
    await messages({ 'season.json': season, 'results/r01.json': results('r01', noLap) }),
  ).toEqual([
    'results/r01.json: rows[0].fastestLapBy: names who set the fastest lap of a car without "fastestLap"',
  ])
})
