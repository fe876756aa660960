import { z } from 'zod/mini'
import { describeValue, formatPath, type Fault } from './fault.ts'

export type SchemaCheck<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: ReadonlyArray<Fault> }
  | { readonly ok: false; readonly faults: ReadonlyArray<Fault> }

/**
 * Checks a parsed JSON value against a schema and reports every problem at once, each with the
 * file, its JSON path and what was expected. Fields the contract does not know are kept out of
 * the result and reported as warnings, so a misspelt "fastestlap" is never silently ignored.
 */
export function checkSchema<T>(
  file: string,
  value: unknown,
  schema: z.core.$ZodType<T>,
): SchemaCheck<T> {
  const result = z.safeParse(schema, value, { reportInput: true, error: defaultMessage })
  if (!result.success) {
    return { ok: false, faults: result.error.issues.map((issue) => toFault(file, issue)) }
  }
  // The first MAX_UNKNOWN_KEYS each named, the rest counted in one line (docs/data-format.md#limits):
  // a file of a million unknown keys is one screen of warnings, and each key after the first
  // few costs a count, not a suggestion and a message.
  const warnings: Array<Fault> = []
  let more = 0
  findUnknownKeys(schema, value, [], (path, key, known) => {
    if (warnings.length === MAX_UNKNOWN_KEYS) {
      more += 1
      return
    }
    const hint = suggest(key, known)
    warnings.push({
      file,
      path: formatPath([...path, key]),
      message: `unknown field, ignored${hint === null ? '' : ` (did you mean "${hint}"?)`}`,
    })
  })
  if (more > 0)
    warnings.push({
      file,
      path: '',
      message: `… and ${more.toLocaleString('en')} more unknown field${more === 1 ? '' : 's'}, ignored`,
    })
  return { ok: true, value: result.data, warnings }
}

/** Unknown keys named one by one in a file; the rest are counted (checkSchema). */
export const MAX_UNKNOWN_KEYS = 20

function toFault(file: string, issue: z.core.$ZodIssue): Fault {
  const shown =
    issue.code !== 'custom' && 'input' in issue ? `, got ${describeValue(issue.input)}` : ''
  return { file, path: formatPath(issue.path), message: `${issue.message}${shown}` }
}

/** Plain-language messages for the checks that carry no message of their own. */
function defaultMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing: expected ${typeName(issue.expected)}`
        : `expected ${typeName(issue.expected)}`
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : `expected ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`
    case 'too_big':
      return `expected ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`
    default:
      return undefined
  }
}

function typeName(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number'
    case 'number':
      return 'a number'
    case 'string':
      return 'text'
    case 'boolean':
      return 'true or false'
    case 'array':
      return 'a list'
    case 'object':
    case 'record':
      return 'an object'
    default:
      return expected
  }
}

type Path = ReadonlyArray<PropertyKey>

/** Walks a value alongside its schema and reports object keys the schema does not define. */
function findUnknownKeys(
  schema: z.core.$ZodType,
  value: unknown,
  path: Path,
  report: (path: Path, key: string, known: ReadonlyArray<string>) => void,
): void {
  if (schema instanceof z.core.$ZodOptional || schema instanceof z.core.$ZodNullable) {
    findUnknownKeys(schema._zod.def.innerType, value, path, report)
  } else if (schema instanceof z.core.$ZodPipe) {
    findUnknownKeys(schema._zod.def.in, value, path, report)
  } else if (schema instanceof z.core.$ZodArray && Array.isArray(value)) {
    const element = schema._zod.def.element
    value.forEach((item, index) => findUnknownKeys(element, item, [...path, index], report))
  } else if (schema instanceof z.core.$ZodRecord && isObject(value)) {
    for (const key in value)
      if (Object.hasOwn(value, key))
        findUnknownKeys(schema._zod.def.valueType, value[key], [...path, key], report)
  } else if (schema instanceof z.core.$ZodObject && isObject(value)) {
    const shape: Readonly<Record<string, z.core.$ZodType>> = schema._zod.def.shape
    const known = Object.keys(shape)
    // for…in, not Object.entries: on an object of many keys entries grows faster than the keys
    // (1,000,000 keys: 7.6 s, for…in 1.3 s); the walk stays linear in the file's size.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined
      if (field === undefined) report(path, key, known)
      else findUnknownKeys(field, value[key], [...path, key], report)
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A known key that differs only in case or by one or two letters. Only keys within two letters
 * of the same length are compared, so the work is bounded by the known keys' length, whatever
 * the size of the key in the file.
 */
function suggest(key: string, known: ReadonlyArray<string>): string | null {
  const lower = key.toLowerCase()
  return (
    known.find(
      (candidate) =>
        Math.abs(candidate.length - key.length) <= 2 &&
        (candidate.toLowerCase() === lower || distance(candidate, key) <= 2),
    ) ?? null
  )
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
