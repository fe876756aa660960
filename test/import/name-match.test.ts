import { expect, test } from 'vitest'
import { identityKey } from '../../src/data/identity-key.ts'
import { normalName, slugFor } from '../../src/import/name-match.ts'

test('bug: non-Latin names all matched each other ("Даниил Квят" matched "周;冠宇") — every script keeps its letters', () => {
  // Cyrillic letters that look like Latin ones fold to them (the identity rule, issue 22 #5);
  // the others stay, so a Russian name still has letters of its own, and one key in any case.
  expect(normalName('Даниил Квят')).toBe('дahиил kbяt')
  expect(normalName('ДАНИИЛ КВЯТ')).toBe(normalName('Даниил Квят'))
  expect(normalName('周;冠宇')).toBe('周 冠宇')
  expect(normalName('Даниил Квят')).not.toBe(normalName('周;冠宇'))
  // Accents still fold, as before: a timing sheet without them finds the driver.
  expect(normalName('Sébastien  BUEMI')).toBe('sebastien buemi')
  expect(normalName('Kimi Räikkönen')).toBe(normalName('KIMI RAIKKONEN'))
})

test('bug: two new non-Latin drivers both got the id "entry" — each gets its own id from its name', () => {
  const taken = new Set<string>()
  const kvyat = slugFor('Даниил Квят', taken)
  taken.add(kvyat)
  const zhou = slugFor('周;冠宇', taken)
  expect([kvyat, zhou]).toEqual(['даниил-квят', '周-冠宇'])
  // A name with no letter or digit at all still gets an id, never a clash.
  taken.add(slugFor('!!!', taken))
  expect(slugFor('???', taken)).toBe('entry-2')
})

test('a look-alike name splits one person in two (issue 22 #5): names match by the identity rule, ids stay readable', () => {
  const riley = normalName('Riley Dickinson')
  for (const twin of [
    'Riley Dick\u200dinson', // zero-width joiner
    'Riley Dickins\u043en', // Cyrillic о
    'R\u0456ley D\u0456ckinson', // Cyrillic і
    'RILEY DICKINSON',
    'Riley Dickinson'.normalize('NFD'),
    '\u202eRiley Dickinson',
  ])
    expect(normalName(twin), JSON.stringify(twin)).toBe(riley)
  // The importer's key is the identity rule, with punctuation as spaces.
  expect(normalName("Riley O'Dickinson")).toBe(identityKey('Riley O Dickinson'))
  // A new driver's id keeps its own letters, with no invisible character in it.
  expect(slugFor('Даниил\u200d Квят', new Set())).toBe('даниил-квят')
})
