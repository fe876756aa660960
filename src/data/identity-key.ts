/**
 * The identity rule (docs/data-format.md#identity): two ids or names with the same key read as
 * the same entry to a person, so the season check warns about them and the importer matches
 * them (src/import/name-match.ts). In order: NFKC (compatibility forms: fullwidth letters,
 * ligatures); invisible characters and bidi controls removed (Default_Ignorable_Code_Point:
 * zero-width space, joiners, word joiner, soft hyphen, BOM, variation selectors; Bidi_Control:
 * LRM, RLM, embeddings, overrides, isolates); accents stripped; Cyrillic and Greek letters
 * that look like Latin ones folded to them (LOOK_ALIKE); case folded; runs of white space made
 * one space. Never shown: a key is only compared.
 */
export function identityKey(text: string): string {
  return caseFold(foldLookAlikes(plainLetters(text)))
}

/**
 * The identity rule without its look-alike fold, for ids made from names (a Russian name keeps
 * its Cyrillic letters in its slug): "Sébastien\u200b BUEMI" → "sebastien buemi".
 */
export function readableKey(text: string): string {
  return caseFold(plainLetters(text))
}

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu
const MARKS = /\p{M}/gu

function plainLetters(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').normalize('NFD').replace(MARKS, '')
}

/** Full case folding as JavaScript has it: "ß" → "ss", final "ς" → "σ", "İ" → "i". */
function caseFold(text: string): string {
  return text.toUpperCase().toLowerCase().replace(/\s+/gu, ' ').trim()
}

/**
 * Cyrillic and Greek letters (and Latin script g) that look like a Latin letter, capitals to
 * capitals and small letters to small letters, before case folding. Cyrillic в, к, м, н, т look
 * like small capitals and fold with their capitals, so a Cyrillic name keeps one key in any
 * case; Greek η, ν, υ look like n, v, u where their capitals look like H, N, Y, so a Greek
 * name in capitals and in small letters may have two keys (a warning missed, never a false one
 * in Latin text).
 */
const LOOK_ALIKE = new Map<string, string>(
  [
    // Cyrillic capitals, then small letters
    ['АВЕКМНОРСТУХІЈЅԀ', 'ABEKMHOPCTYXIJSD'],
    ['авекмнорстухіјѕԁ', 'abekmhopctyxijsd'],
    // Greek capitals, then small letters
    ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'ABEZHIKMNOPTYX'],
    ['αβεηικνορτυχ', 'abenikvoptux'],
    // Latin small script g
    ['ɡ', 'g'],
  ].flatMap(([from = '', to = '']) => [...from].map((letter, i) => [letter, to[i] ?? letter])),
)
const LOOK_ALIKES = new RegExp(`[${[...LOOK_ALIKE.keys()].join('')}]`, 'gu')

function foldLookAlikes(text: string): string {
  return text.replace(LOOK_ALIKES, (letter) => LOOK_ALIKE.get(letter) ?? letter)
}
