/**
 * The title-safe area of a broadcast frame (docs/exporting.md#title-safe): every word and number
 * of a card stands 5 % of the frame's width in from the left and right and 5 % of its height in
 * from the top and bottom — the 90 % "safe title" area of SMPTE ST 2046-1 and EBU R 95's
 * "graphics safe" area for 16:9 HD (96 px and 54 px at 1920 × 1080). The 10 % margins of the
 * 4:3 era (SMPTE RP 218's 80 % area) are not used: an HD display overscans at most the 3.5 %
 * both call action-safe.
 */
const TITLE_SAFE_MARGIN = 0.05

export interface SafeArea {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

export function titleSafe(width: number, height: number): SafeArea {
  const x = Math.round(width * TITLE_SAFE_MARGIN)
  const y = Math.round(height * TITLE_SAFE_MARGIN)
  return { left: x, top: y, right: width - x, bottom: height - y }
}
