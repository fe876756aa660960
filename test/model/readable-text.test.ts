import { expect, test } from 'vitest'
import { readableTextOn } from '../../src/model/readable-text.ts'

test('the CCNA class colours take black text; dark colours take white', () => {
  expect(['#f28c28', '#2e9e4f', '#e8c21a'].map(readableTextOn)).toEqual(['#000', '#000', '#000'])
  expect(['#000000', '#0b57d0', '#333'].map(readableTextOn)).toEqual(['#fff', '#fff', '#fff'])
  expect(readableTextOn('orange')).toBe('#000')
})
