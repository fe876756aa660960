import { noun } from './count-noun.ts'

/**
 * How far a total may sit from the fraction it stands for: the engine keeps points to six
 * decimals (docs/scoring-rules.md#race-points), and a gap is the difference of two kept totals,
 * kept again — three roundings of at most 5e-7 each.
 */
const TOLERANCE = 2e-6

/**
 * The largest denominator a fraction of points is written with. The rules make shares: a shared
 * car's points split between its drivers (halves, thirds), a fastest lap shared by seven cars
 * (Formula One 1954, 1/7 each), and their sums (1/2 + 1/7 = 9/14). Two fractions this small
 * are never within `TOLERANCE` of each other (1/(59 × 60) apart at least).
 */
const MAX_DENOMINATOR = 60

/** Between the whole points and the fraction: a space that never breaks "28 1/7" in two. */
const FRACTION_SPACE = '\u00A0'

/**
 * Points as people write them: 212, 12.5; a share the rules make as the fraction it is — 1954's
 * 28 1/7 (the engine keeps 28.142857), 5 2/3, 26 9/14 — never a rounded decimal; anything else
 * with at most three decimals (the engine keeps six, docs/scoring-rules.md#race-points). A
 * value three decimals write exactly (halves, quarters: 12.5, 0.25) stays a decimal, as the
 * series publish half points.
 */
export function formatPoints(points: number): string {
  if (Number.isInteger(points)) return String(points)
  const thousandths = Math.round(points * 1000)
  if (Math.abs(points * 1000 - thousandths) <= TOLERANCE * 1000) return String(thousandths / 1000)
  const size = Math.abs(points)
  for (let denominator = 2; denominator <= MAX_DENOMINATOR; denominator += 1) {
    const numerator = Math.round(size * denominator)
    if (Math.abs(size * denominator - numerator) > TOLERANCE * denominator) continue
    const whole = Math.floor(numerator / denominator)
    const fraction = `${numerator % denominator}/${denominator}`
    return `${points < 0 ? '-' : ''}${whole === 0 ? '' : `${whole}${FRACTION_SPACE}`}${fraction}`
  }
  return String(thousandths / 1000)
}

/**
 * A points gap as the tables show it: "—" for the leader (no one to be behind), "level" for an
 * entry on the same points as the one it is measured to, "−12" behind.
 */
export function formatGap(gap: number, leader: boolean): string {
  return leader ? '—' : formatSignedGap(gap)
}

/** A change as a signed number: "+17", "−5", "±0" (a minus sign, never a hyphen). */
export function formatChange(change: number): string {
  return change === 0 ? '±0' : `${change > 0 ? '+' : '−'}${formatPoints(Math.abs(change))}`
}

/** A gap as a figure of its own, unsigned: "63", "level" (booth boards, the head-to-head card). */
export function gapFigure(gap: number): string {
  return gap === 0 ? 'level' : formatPoints(Math.abs(gap))
}

/** A pair's gap from the first one's side: "+17", "−5", "level" (the pair chart). */
export function pairGapText(gap: number): string {
  return gap === 0 ? 'level' : formatChange(gap)
}

/** Who leads a pair and by how much: "Dickinson +63", or "level". */
export function leaderAndGap(gap: number, nameA: string, nameB: string): string {
  return gap === 0 ? 'level' : `${gap > 0 ? nameA : nameB} +${gapFigure(gap)}`
}

/** A gap behind, signed, where being level is a fact to state: "−12", "level". */
export function formatSignedGap(gap: number): string {
  return gap === 0 ? 'level' : `−${formatPoints(gap)}`
}

/** Points with their noun: "1 point", "16 points", "28 1/7 points". */
export function pointsText(points: number): string {
  return `${formatPoints(points)} ${noun(points, 'point')}`
}
