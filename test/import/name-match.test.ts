import { expect, test } from 'vitest'
import { normalName, slugFor } from '../../src/import/name-match.ts'

test('bug: non-Latin names all matched each other ("Даниил Квят" matched "周;冠宇") — every script keeps its letters', () => {
  expect(normalName('Даниил Квят')).toBe('даниил квят')
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
