import { expect, test } from 'vitest'
import { STALE_WORD, staleWords } from '../../src/model/freshness-words.ts'

const fetchedAt = new Date(2023, 9, 1, 19, 2, 11).getTime()
const input = {
  fetchedAt,
  staleFiles: [],
  missingFiles: [],
  olderVersion: null,
  everySeconds: 5,
}
const named = (ids: ReadonlyArray<string>) => ids.map((id) => `race ${id.slice(1)}`).join(' and ')

test('the word every stale surface shows', () => {
  expect(STALE_WORD).toBe('NOT UPDATING')
})

test('the server not answering: the numbers are from the last read, and it is retried', () => {
  expect(staleWords('server', input, named)).toEqual({
    word: 'NOT UPDATING',
    sentence: 'The data server is not answering. These numbers are from 19:02:11.',
    retry: 'Retrying every 5 s.',
  })
  expect(staleWords('silent', input, named).sentence).toBe(
    'No answer from the data server since 19:02:11.',
  )
})

test('unusable files are named, one or several, with when the shown version was read', () => {
  expect(staleWords('files', { ...input, staleFiles: ['r11'] }, named).sentence).toBe(
    'The latest file of race 11 could not be used: shown as it was at 19:02:11.',
  )
  expect(staleWords('files', { ...input, staleFiles: ['r11', 'r12'] }, named).sentence).toBe(
    'The latest files of race 11 and race 12 could not be used: shown as it was at 19:02:11.',
  )
})

test('a missing result leaves the standings incomplete, and says which race they leave out', () => {
  const one = staleWords('missing', { ...input, missingFiles: ['r03'] }, named)
  expect(one.word).toBe('INCOMPLETE')
  expect(one.sentence).toBe(
    'The result of race 03 could not be loaded: these standings leave it out.',
  )
  expect(staleWords('missing', { ...input, missingFiles: ['r03', 'r04'] }, named).sentence).toBe(
    'The results of race 03 and race 04 could not be loaded: these standings leave them out.',
  )
})

test('an older version from the server is ignored, and its time said', () => {
  const older = new Date(2023, 9, 1, 18, 0, 0)
  expect(staleWords('older', { ...input, olderVersion: older.toISOString() }, named).sentence).toBe(
    'The data server sent an older version (of 18:00:00), which was ignored. These numbers are from 19:02:11.',
  )
})
