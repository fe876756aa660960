import { expect, test } from 'vitest'
import { shortName } from '../../src/model/short-name.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

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
})

test('labels that are not a person’s name stay whole', () => {
  expect(shortName('Riley Dickinson')).toBe('Dickinson')
  expect(shortName('Pro-Am entry D (driver not published)')).toBe('Pro-Am entry D')
  expect(shortName('Red Bull Racing', true)).toBe('Red Bull Racing')
  expect(shortName('Driver 26')).toBe('Driver 26')
  expect(shortName('Bira')).toBe('Bira')
})
