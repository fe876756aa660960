import { describeValue } from '../data/fault.ts'

/**
 * A count in a timing file (laps, a position): empty is "not given"; otherwise 1 to 6 digits
 * (docs/importing.md), never a 400-digit number read as Infinity. `where` names the file, line
 * and column for the message.
 */
export function readWholeNumber(
  text: string,
  where: string,
): { readonly value: number | null; readonly error: string | null } {
  if (text === '') return { value: null, error: null }
  if (/^\d{1,6}$/.test(text)) return { value: Number(text), error: null }
  return {
    value: null,
    error: `${where}: expected a whole number up to 999999, got ${describeValue(text)}`,
  }
}
