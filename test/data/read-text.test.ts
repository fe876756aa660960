import { expect, test } from 'vitest'
import { joinLocation } from '../../src/data/read-text.ts'

test('a relative path joins a folder or URL with one slash', () => {
  expect(joinLocation('data/ccna/2023', 'results/r01.json')).toBe('data/ccna/2023/results/r01.json')
  expect(joinLocation('/base/data/', 'season.json')).toBe('/base/data/season.json')
  expect(joinLocation('', 'season.json')).toBe('season.json')
})
