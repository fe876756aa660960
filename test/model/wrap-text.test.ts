import { expect, test } from 'vitest'
import { wrapText } from '../../src/model/wrap-text.ts'

test('greedy: as many words as fit on each line, a line exactly full is kept', () => {
  const sentence = 'Dickinson is champion if he finishes ahead of Sargent'
  expect(wrapText(sentence, 20)).toEqual([
    'Dickinson is',
    'champion if he',
    'finishes ahead of',
    'Sargent',
  ])
  // "Dickinson is champion" is 21 characters: one over.
  expect(wrapText(sentence, 21)).toEqual([
    'Dickinson is champion',
    'if he finishes ahead',
    'of Sargent',
  ])
})

test('a word longer than the line stands alone; runs of spaces count once; nothing gives no line', () => {
  expect(wrapText('a  Castroneves\tb', 4)).toEqual(['a', 'Castroneves', 'b'])
  expect(wrapText('Castroneves b', 4)).toEqual(['Castroneves', 'b'])
  expect(wrapText('', 10)).toEqual([])
  expect(wrapText('one', 10)).toEqual(['one'])
})
