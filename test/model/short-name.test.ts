import { readdirSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import type { Season } from '../../src/engine/types.ts'
import { boothLines } from '../../src/model/booth-lines.ts'
import { chartLines } from '../../src/model/chart-lines.ts'
import { chartSummary } from '../../src/model/chart-summary.ts'
import { pairGap, pairGapSummary } from '../../src/model/pair-gap.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { outlookOf } from '../../src/model/season-scenarios.ts'
import { shortName, shortNameOf } from '../../src/model/short-name.ts'
import { pair, picks } from '../fixtures/picks.ts'
import { championship, shippedFiles, shippedSeason } from '../fixtures/shipped-season.ts'

/** The short name of a driver of a shipped season, by id: the name as the data gives it. */
async function shortNameIn(path: string, id: string): Promise<string> {
  const { season } = await shippedFiles(path)
  const driver = season.drivers.find((entry) => entry.id === id)
  if (driver === undefined) throw new Error(`no driver ${id} in ${path}`)
  return shortName(driver.name)
}

test('bug: "Juan Manuel Fangio" was "Manuel Fangio" in the 1954 lines and labels — a second given name is not the surname', async () => {
  expect(await shortNameIn('f1/1954', 'juan-manuel-fangio')).toBe('Fangio')
  expect(await shortNameIn('f1/1954', 'jose-froilan-gonzalez')).toBe('González')
  expect(await shortNameIn('f1/1958', 'maria-teresa-de-filippis')).toBe('de Filippis')
  expect(await shortNameIn('f1/2001', 'juan-pablo-montoya')).toBe('Montoya')
  expect(await shortNameIn('f1/1960', 'mario-de-araujo-cabral')).toBe('Cabral')
})

test('a suffix belongs to the surname: "Carlos Sainz Jr." is "Sainz Jr." on the 2022 tables and lines, never "Jr."', async () => {
  expect(await shortNameIn('f1/2022', 'carlos-sainz-jr')).toBe('Sainz Jr.')
  expect(await shortNameIn('f1/2008', 'nelson-piquet-jr')).toBe('Piquet Jr.')
  // F1DB writes his with a comma, and so does his surname.
  expect(await shortNameIn('f1/1969', 'kurt-ahrens-jr')).toBe('Ahrens, Jr.')
  expect(shortName('Elias De La Torre IV')).toBe('De La Torre IV')
  // With or without the dot, father or son, II to IV.
  expect(shortName('Carlos Sainz Jr')).toBe('Sainz Jr')
  expect(shortName('Carlos Sainz Sr.')).toBe('Sainz Sr.')
  expect(shortName('A. J. Foyt IV')).toBe('Foyt IV')
  expect(shortName('John Barber III')).toBe('Barber III')
  expect(shortName('Elias De La Torre II')).toBe('De La Torre II')
  // A suffix with no surname before it is not a name to shorten.
  expect(shortName('Carlos Jr.')).toBe('Carlos Jr.')
})

test('the 2022 Formula One drivers by surname, particles kept: de Vries, Zhou (F1DB writes "Guanyu Zhou")', async () => {
  expect(await shortNameIn('f1/2022', 'max-verstappen')).toBe('Verstappen')
  expect(await shortNameIn('f1/2022', 'nyck-de-vries')).toBe('de Vries')
  expect(await shortNameIn('f1/2022', 'kevin-magnussen')).toBe('Magnussen')
  expect(await shortNameIn('f1/2022', 'guanyu-zhou')).toBe('Zhou')
  expect(await shortNameIn('f1/2000', 'pedro-de-la-rosa')).toBe('de la Rosa')
  expect(await shortNameIn('f1/2013', 'giedo-van-der-garde')).toBe('van der Garde')
  expect(await shortNameIn('f1/1961', 'wolfgang-von-trips')).toBe('von Trips')
  expect(shortName('Andrea Kimi Antonelli')).toBe('Antonelli')
  // The first word is a given name, even one that reads as a particle.
  expect(shortName('Van Morrison')).toBe('Morrison')
  // A surname that begins like a suffix is a surname.
  expect(shortName('Darijo Srna')).toBe('Srna')
})

test('labels that are not a person’s name stay whole', () => {
  expect(shortName('Riley Dickinson')).toBe('Dickinson')
  expect(shortName('Pro-Am entry D (driver not published)')).toBe('Pro-Am entry D')
  expect(shortName('Red Bull Racing', true)).toBe('Red Bull Racing')
  expect(shortName('Driver 26')).toBe('Driver 26')
  expect(shortName('Pro-Am entry 4')).toBe('Pro-Am entry 4')
  expect(shortName('Bira')).toBe('Bira')
})

test('names as official files sometimes write them: spaces doubled or trailing, surnames in capitals', () => {
  expect(shortName('Riley Dickinson ')).toBe('Dickinson')
  expect(shortName('Carlos Sainz  Jr.')).toBe('Sainz Jr.')
  // A surname in capitals that begins like a suffix is a surname: IVANOV is not "IV".
  expect(shortName('Vitaly IVANOV')).toBe('IVANOV')
  expect(shortName('Vitaly IVANOV IV')).toBe('IVANOV IV')
})

/** The six compound surnames of the shipped F1 seasons, each in its first season. */
const COMPOUND = [
  ['f1/1953', 'adolfo-schwelm-cruz', 'Schwelm Cruz', 'Cruz'],
  ['f1/1955', 'hermano-da-silva-ramos', 'da Silva Ramos', 'Ramos'],
  ['f1/1956', 'archie-scott-brown', 'Scott Brown', 'Brown'],
  ['f1/1957', 'carel-godin-de-beaufort', 'Godin de Beaufort', 'de Beaufort'],
  ['f1/1959', 'asdrubal-fontes-bayardo', 'Fontes Bayardo', 'Bayardo'],
  ['f1/1960', 'alberto-rodriguez-larreta', 'Rodriguez Larreta', 'Larreta'],
] as const

test('bug: six F1 drivers were named by the last word of a compound surname ("Schwelm Cruz" was "Cruz") — the data gives F1DB\'s', async () => {
  for (const [path, id, surname, lastWord] of COMPOUND) {
    const { season } = await shippedFiles(path)
    const driver = season.drivers.find((entry) => entry.id === id)
    expect(driver?.shortName, id).toBe(surname)
    expect(shortNameOf(driver ?? { name: '' }), id).toBe(surname)
    // The name alone still gives its last word: only the data can say it.
    expect(shortName(driver?.name ?? ''), id).toBe(lastWord)
  }
})

test("only the six compound surnames carry a shortName in the shipped F1 seasons (F1DB's lastName where the name cannot tell it)", () => {
  const carrying = new Map<string, string>()
  for (const year of readdirSync('public/data/f1').filter((name) => /^\d{4}$/.test(name))) {
    const season = JSON.parse(readFileSync(`public/data/f1/${year}/season.json`, 'utf8')) as Season
    for (const driver of season.drivers)
      if (driver.shortName !== undefined) carrying.set(driver.id, driver.shortName)
  }
  expect(Object.fromEntries(carrying)).toEqual(
    Object.fromEntries(COMPOUND.map(([, id, surname]) => [id, surname])),
  )
})

test('published: 1956 — the standings labels say "Scott Brown" and "da Silva Ramos"; Fangio, who has no shortName, stays "Fangio"', async () => {
  const drivers = championship(await shippedSeason('f1/1956'), 'drivers')
  const last = drivers.steps.length - 1
  const rows = standingsAt(drivers, last)
  const row = (id: string) => rows.find((entry) => entry.id === id)
  expect(row('archie-scott-brown')).toMatchObject({
    name: 'Archie Scott Brown',
    shortName: 'Scott Brown',
  })
  expect(row('juan-manuel-fangio')?.shortName).toBeUndefined()
  expect(shortNameOf(row('juan-manuel-fangio') ?? { name: '' })).toBe('Fangio')
  const ids = ['juan-manuel-fangio', 'hermano-da-silva-ramos', 'archie-scott-brown']
  const summary = (kind: 'points' | 'position') =>
    chartSummary(kind, chartLines(picks(drivers, ids), kind, false, last), drivers.steps)
  expect(summary('points')).toBe(
    'Points after round 8, Italy: Fangio 30, da Silva Ramos 2, Scott Brown 0.',
  )
  expect(summary('position')).toBe(
    'Championship positions after round 8, Italy: Fangio first, da Silva Ramos 19th, Scott Brown 28th.',
  )
  const gap = pairGap(...pair(drivers, 'hermano-da-silva-ramos', 'archie-scott-brown'), last)
  expect(gap === null ? null : pairGapSummary(gap)).toBe(
    'da Silva Ramos led Scott Brown by 2 after round 6, Great Britain. The lead never changed. After round 8, Italy, da Silva Ramos leads Scott Brown by 2. Largest gap: 2 (da Silva Ramos ahead, after round 6, Great Britain).',
  )
})

test('the outlook and the booth lines name a driver by the shortName the data gives (2016, Rosberg\'s given as "N. Rosberg")', async () => {
  const { season, files } = await shippedFiles('f1/2016')
  const model = buildSeasonModel({
    season: {
      ...season,
      drivers: season.drivers.map((driver) =>
        driver.id === 'nico-rosberg' ? { ...driver, shortName: 'N. Rosberg' } : driver,
      ),
    },
    files,
  })
  const last = model.standings.scored.length - 1
  expect(outlookOf(model, 'drivers', last)?.sentence).toBe('N. Rosberg is the Drivers champion.')
  expect(outlookOf(model, 'drivers', last - 1)?.sentence).toBe(
    'N. Rosberg clinches the Drivers title in round 21, Abu Dhabi, by finishing ahead of Hamilton, or by finishing third or better whatever Hamilton does, or with Hamilton fourth or lower.',
  )
  expect(boothLines(model, 'drivers', last, null)[0]?.text).toBe(
    'N. Rosberg has won 9 of 21 Grands Prix and leads Hamilton by 5.',
  )
})

test('shortNameOf: the short name the data gives, else the one the name gives; teams whole', () => {
  expect(shortNameOf({ name: 'Archie Scott Brown', shortName: 'Scott Brown' })).toBe('Scott Brown')
  expect(shortNameOf({ name: 'Archie Scott Brown' })).toBe('Brown')
  expect(shortNameOf({ name: 'Juan Manuel Fangio' })).toBe('Fangio')
  expect(shortNameOf({ name: 'Pro-Am entry D (driver not published)' })).toBe('Pro-Am entry D')
  expect(shortNameOf({ name: 'Red Bull Racing' }, true)).toBe('Red Bull Racing')
})
