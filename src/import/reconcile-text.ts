import { countNoun } from '../model/count-noun.ts'
import type { Difference, Reconciliation } from './reconcile.ts'
import type { OfficialSheet } from './alkamel-points.ts'

const FIELD_WORDS: Readonly<Record<Difference['field'], string>> = {
  race: 'race points',
  pole: 'pole points',
  'fastest lap': 'fastest-lap points',
  penalty: 'penalty points',
  dropped: 'result',
  total: 'total',
  entry: 'entry',
}

/** One difference as a line: "Cole Loftsgard, race 5: race points ours 340, official 350". */
function differenceLine(difference: Difference, raceLabel: (race: string) => string): string {
  const where = difference.race === null ? '' : `, ${raceLabel(difference.race)}`
  return `${difference.entry}${where}: ${FIELD_WORDS[difference.field]} ours ${difference.ours}, official ${difference.official}`
}

/**
 * What `pitboard reconcile` and the dashboard's import say of a reconciliation
 * (docs/importing.md#reconcile): the headline, then each difference with both values.
 */
export function reconciliationLines(
  result: Reconciliation,
  sheet: OfficialSheet,
  championship: string,
  raceLabel: (race: string) => string,
): ReadonlyArray<string> {
  const against = `the official sheet "${sheet.title}"${sheet.created === '' ? '' : ` of ${sheet.created}`}`
  const compared = `${countNoun(result.matched, 'entry', 'entries')} matched`
  const head =
    result.differences.length === 0
      ? `0 differences: the ${championship} standings equal ${against} (${compared})`
      : `${countNoun(result.differences.length, 'difference')} between the ${championship} standings and ${against} (${compared}):`
  return [head, ...result.differences.map((d) => `  ${differenceLine(d, raceLabel)}`)]
}
