import { expect, test } from 'vitest'
import { identityKey, readableKey } from '../../src/data/identity-key.ts'

const riley = identityKey('Riley Dickinson')

test('known answers: every look-alike family of "Riley Dickinson" has one key (issue 22 #5)', () => {
  expect(riley).toBe('riley dickinson')
  const twins = {
    'NFD: "é" as e and a combining accent': ['Rïley Dickinson'.normalize('NFD'), 'riley dickinson'],
    'NFC against NFD': ['Sébastien'.normalize('NFC'), identityKey('Sébastien'.normalize('NFD'))],
    'zero-width joiner': ['Riley Dick\u200dinson', riley],
    'zero-width space': ['Riley\u200b Dickinson', riley],
    'zero-width non-joiner, word joiner, soft hyphen, BOM': [
      '\ufeffRi\u200cley Dick\u2060in\u00adson',
      riley,
    ],
    'variation selector': ['Riley\ufe0f Dickinson', riley],
    'right-to-left override': ['\u202eRiley Dickinson', riley],
    'left-to-right mark': ['Riley\u200e Dickinson', riley],
    'an isolate': ['\u2066Riley Dickinson\u2069', riley],
    'Cyrillic о for Latin o': ['Riley Dickins\u043en', riley],
    'Cyrillic capitals and small letters': [
      'R\u0456l\u0435\u0443 \u0421ickinson',
      'riley cickinson',
    ],
    'Greek capital Ο for Latin O': ['RILEY DICKINS\u039fN', riley],
    'Greek small ο and ν': ['Riley Dickins\u03bfn Da\u03bdid', 'riley dickinson david'],
    case: ['RILEY dickinson', riley],
    'fullwidth letters (NFKC)': ['\uff32iley Dickinson', riley],
    'white space': ['  Riley \u00a0 Dickinson ', riley],
  }
  for (const [family, [text = '', key]] of Object.entries(twins))
    expect(identityKey(text), family).toBe(key)
})

test('the key folds only what looks alike: different names keep different keys', () => {
  expect(identityKey('Riley Dickinson')).not.toBe(identityKey('Riley Dickenson'))
  expect(identityKey('Даниил Квят')).not.toBe(identityKey('周冠宇'))
  expect(identityKey('Даниил Квят')).not.toBe('')
  // Case folding is whole: "ß" is "ss", a Cyrillic name keeps one key in capitals.
  expect(identityKey('Strauß')).toBe(identityKey('STRAUSS'))
  expect(identityKey('Даниил Квят')).toBe(identityKey('ДАНИИЛ КВЯТ'))
  // A lone surrogate is kept (the schema refuses it), never thrown on.
  expect(identityKey('a\ud800b')).toBe('a\ud800b')
})

test('readableKey: the same rule without the look-alike fold, for ids made from names', () => {
  expect(readableKey('Даниил\u200d Квят')).toBe('даниил квят')
  expect(readableKey('Sébastien  BUEMI')).toBe('sebastien buemi')
})
