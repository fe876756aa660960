import type { RowStatus } from '../types.ts'

/** How result sheets write a car that was not classified (docs/scoring-rules.md#race-points). */
export const STATUS_CODES = {
  dnf: 'Ret',
  dns: 'DNS',
  dsq: 'DSQ',
  nc: 'NC',
} as const satisfies Readonly<Record<Exclude<RowStatus, 'classified'>, string>>
