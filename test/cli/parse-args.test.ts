import { expect, test } from 'vitest'
import { parseArgs, UsageError } from '../../src/cli/parse-args.ts'

test('standings with every flag, in both --flag value and --flag=value forms', () => {
  expect(
    parseArgs([
      'standings',
      'data/x',
      '--after',
      'r08',
      '--championship=pro,am',
      '--championship',
      'teams',
      '--every-race',
      '--format=json',
    ]),
  ).toEqual({
    name: 'standings',
    folder: 'data/x',
    after: 'r08',
    championships: ['pro', 'am', 'teams'],
    everyRace: true,
    format: 'json',
  })
  expect(parseArgs(['standings', 'x'])).toMatchObject({
    after: null,
    championships: [],
    everyRace: false,
    format: 'table',
  })
})

test('validate and help', () => {
  expect(parseArgs(['validate', 'x'])).toEqual({ name: 'validate', folder: 'x' })
  expect(parseArgs([])).toEqual({ name: 'help' })
  expect(parseArgs(['--help'])).toEqual({ name: 'help' })
})

test('mistakes are usage errors with a one-line explanation', () => {
  const cases: Array<[Array<string>, string]> = [
    [
      ['standings', 'x', '--colour'],
      'unknown option --colour for "standings" (options: --after, --championship, --every-race, --format)',
    ],
    [['validate', 'x', '--format', 'json'], 'unknown option --format for "validate"'],
    [
      ['standings', 'x', '--format', 'xml'],
      '--format must be table, json, csv or grid-csv, not "xml"',
    ],
    [['standings', 'x', '--after'], '--after needs a value'],
    [['standings', 'x', '--every-race=yes'], '--every-race takes no value'],
    [['standings'], '"standings" needs a season folder'],
    [['standings', 'a', 'b'], '"standings" takes one season folder, got 2'],
    [
      ['publish', 'x'],
      'unknown command "publish" (try: standings, permutations, reconcile, validate, import, watch, manifest, help)',
    ],
    [['watch', 'timing', '--race', 'r01'], '"watch" needs --season <folder>'],
    [['watch', 'timing', '--season', 's'], '"watch" needs --race <raceId>'],
    [['watch', '--season', 's', '--race', 'r01'], '"watch" takes one folder'],
    [['watch', 'a', 'b', '--season', 's', '--race', 'r01'], '"watch" takes one folder'],
    [
      ['watch', 'timing', '--season', 's', '--race', 'r01', '--dry-run'],
      'unknown option --dry-run for "watch"',
    ],
    [['watch', 'timing', '--season', 's', '--race', 'r01', '--status', '20=out'], '--status takes'],
  ]
  for (const [argv, message] of cases) {
    expect(() => parseArgs(argv)).toThrow(UsageError)
    expect(() => parseArgs(argv)).toThrow(message)
  }
})

test('watch takes the timing folder and the flags import converts with, plus --once', () => {
  expect(
    parseArgs([
      'watch',
      'timing',
      '--season',
      'public/data/ccna/2023',
      '--race=r11',
      '--qualifying',
      'timing/Qualifying.CSV',
      '--min-laps',
      '0.5',
      '--status',
      '20=dsq',
      '--guest',
      '17,21',
      '--guest',
      '5',
      '--once',
      '--settle',
      '1.5',
      '--allow-fewer-cars',
    ]),
  ).toEqual({
    name: 'watch',
    folder: 'timing',
    season: 'public/data/ccna/2023',
    race: 'r11',
    qualifying: 'timing/Qualifying.CSV',
    minLapsShare: 0.5,
    statuses: [['20', 'dsq']],
    guests: ['17', '21', '5'],
    once: true,
    settleMs: 1500,
    allowFewerCars: true,
  })
  expect(parseArgs(['watch', 't', '--season', 's', '--race', 'r01'])).toMatchObject({
    qualifying: null,
    minLapsShare: 0.7,
    statuses: [],
    guests: [],
    once: false,
    settleMs: 3000,
    allowFewerCars: false,
  })
})
