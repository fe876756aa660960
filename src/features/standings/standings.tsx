import { AllClassesTable, type AllClassesTableProps } from './all-classes-table.tsx'
import { StandingsTable, type StandingsTableProps } from './standings-table.tsx'

/**
 * The standings area (docs/dashboard.md#views): one championship's table, or every class side
 * by side. The feature's public entry: the app shows standings only through it.
 */
export function Standings(
  props:
    | ({ readonly of: 'championship' } & StandingsTableProps)
    | ({ readonly of: 'all-classes' } & AllClassesTableProps),
) {
  return props.of === 'all-classes' ? <AllClassesTable {...props} /> : <StandingsTable {...props} />
}
