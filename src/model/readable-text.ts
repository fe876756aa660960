/**
 * Black or white, whichever reads better on `background` (a #rgb or #rrggbb colour), by WCAG
 * relative luminance. Anything else gets black.
 */
export function readableTextOn(background: string): '#000' | '#fff' {
  const hex = background.trim().replace(/^#/, '')
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
  if (!/^[0-9a-f]{6}$/i.test(full)) return '#000'
  const channel = (at: number) => {
    const value = parseInt(full.slice(at, at + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000' : '#fff'
}
