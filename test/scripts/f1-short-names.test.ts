import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import type { F1dbNames } from '../../scripts/f1/f1db.ts'
import { f1ShortNames, readLastNames } from '../../scripts/f1/f1-short-names.ts'

/**
 * `npm run data:f1` writes a driver's shortName only where F1DB's lastName says more than the
 * name (scripts/f1/f1-short-names.ts, data-src/f1/f1db-last-names.json).
 */
const drivers = JSON.parse(readFileSync('data-src/f1db/drivers.json', 'utf8')) as F1dbNames

test("the extract: exactly the six compound surnames get a shortName, in the name's own spelling", () => {
  expect(Object.fromEntries(f1ShortNames(drivers, readLastNames()))).toEqual({
    'adolfo-schwelm-cruz': 'Schwelm Cruz',
    'alberto-rodriguez-larreta': 'Rodriguez Larreta',
    'archie-scott-brown': 'Scott Brown',
    'asdrubal-fontes-bayardo': 'Fontes Bayardo',
    'carel-godin-de-beaufort': 'Godin de Beaufort',
    // F1DB's lastName is "Da Silva Ramos"; the name writes the particle in lower case.
    'hermano-da-silva-ramos': 'da Silva Ramos',
  })
})

test('a lastName the name already gives writes nothing: a second given name, a particle in another case, a suffix', () => {
  const names: F1dbNames = {
    'juan-manuel-fangio': { name: 'Juan Manuel Fangio' },
    'elio-de-angelis': { name: 'Elio de Angelis' },
    'carlos-sainz-jr': { name: 'Carlos Sainz Jr.' },
    'max-verstappen': { name: 'Max Verstappen' },
  }
  const lastNames = {
    'juan-manuel-fangio': 'Fangio',
    'elio-de-angelis': 'De Angelis',
    'carlos-sainz-jr': 'Sainz Jr.',
  }
  expect(f1ShortNames(names, { lastNames }).size).toBe(0)
})

test('a longer name without its lastName listed stops the conversion, saying where to add it', () => {
  expect(() =>
    f1ShortNames({ 'andrea-kimi-antonelli': { name: 'Andrea Kimi Antonelli' } }, { lastNames: {} }),
  ).toThrow(
    'andrea-kimi-antonelli: "Andrea Kimi Antonelli" has more than two words; add F1DB\'s lastName to data-src/f1/f1db-last-names.json',
  )
})
