import { expect, test } from 'vitest'
import { readableTextOn } from '../../src/model/readable-text.ts'

test('the CCNA class colours take black text; dark colours take white', () => {
  expect(['#f28c28', '#2e9e4f', '#e8c21a'].map(readableTextOn)).toEqual(['#000', '#000', '#000'])
  expect(['#000000', '#0b57d0', '#333'].map(readableTextOn)).toEqual(['#fff', '#fff', '#fff'])
  expect(readableTextOn('orange')).toBe('#000')
})

test('the WCAG crossover near L ≈ 0.179: #767676 takes black, #757575 white; blue counts toward it', () => {
  expect(readableTextOn('#767676')).toBe('#000')
  expect(readableTextOn('#757575')).toBe('#fff')
  // Grey #707070 alone takes white; with full blue its luminance passes the crossover.
  expect(readableTextOn('#707070')).toBe('#fff')
  expect(readableTextOn('#7070ff')).toBe('#000')
  expect(readableTextOn(' #000000 ')).toBe('#fff')
  expect(readableTextOn('000')).toBe('#fff')
})

test('anything that is not #rgb or #rrggbb gets black', () => {
  for (const odd of ['#00000000', 'z000000', '000#000', '#00000', '', 'black']) {
    expect(readableTextOn(odd), odd).toBe('#000')
  }
})
