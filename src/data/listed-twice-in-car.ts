import { describeValue } from './fault.ts'
import { identityKey } from './identity-key.ts'

/**
 * The check for a driver listed twice in one car, who would score twice (issue 22 #5,
 * docs/data-format.md#identity): refused also when the two ids differ only by case, accents,
 * invisible characters or look-alike letters. Returns, for the drivers of one car, the index
 * and message of each repeat; the identity key of each id is computed once per checker.
 */
export function listedTwiceInCar(): (
  drivers: ReadonlyArray<string>,
) => ReadonlyArray<readonly [number, string]> {
  const keys = new Map<string, string>()
  const keyOf = (id: string) => {
    const known = keys.get(id)
    if (known !== undefined) return known
    const key = identityKey(id)
    keys.set(id, key)
    return key
  }
  return (drivers) => {
    const first = new Map<string, number>()
    const repeats: Array<readonly [number, string]> = []
    drivers.forEach((driver, d) => {
      const i = first.get(keyOf(driver))
      if (i === undefined) {
        first.set(keyOf(driver), d)
        return
      }
      const other = drivers[i] ?? ''
      const same = other === driver ? 'is also' : `reads as ${describeValue(other)},`
      repeats.push([
        d,
        `${describeValue(driver)} ${same} drivers[${i}] of this car: a driver scores once per car`,
      ])
    })
    return repeats
  }
}
