import { CSV_FIELDS, type CsvField, type CsvMapping } from '../../import/generic-csv.ts'

const FIELD_LABELS: Readonly<Record<CsvField, string>> = {
  position: 'Position',
  car: 'Car number',
  class: 'Class',
  driver: 'Driver(s)',
  firstName: 'First name',
  lastName: 'Last name',
  team: 'Team',
  status: 'Status',
  laps: 'Laps',
  bestLap: 'Best lap',
}

/** Which column of a generic CSV holds each field (docs/importing.md#any-other-csv). */
export function CsvMappingFields({
  columns,
  mapping,
  onMap,
}: {
  readonly columns: ReadonlyArray<string>
  readonly mapping: CsvMapping
  /** A field set to a column, or to none (''). */
  readonly onMap: (field: CsvField, column: string) => void
}) {
  return (
    <fieldset className="csv-mapping">
      <legend>Columns of this CSV (remembered for this series)</legend>
      {CSV_FIELDS.map((field) => (
        <label key={field} className="field">
          <span>{FIELD_LABELS[field]}</span>
          <select
            value={mapping[field] ?? ''}
            onChange={(e) => onMap(field, e.currentTarget.value)}
          >
            <option value="">—</option>
            {columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  )
}
