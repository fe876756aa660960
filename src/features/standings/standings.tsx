import type { AllClassesTableProps } from './all-classes-table.tsx'
import { retryableImport } from '../../data/retryable-import.ts'
import { retryableLazy } from '../../ui/retryable-lazy.ts'
import { StandingsTable, type StandingsTableProps } from './standings-table.tsx'

// All classes is a second view of the standings: its table loads when first shown.
const AllClassesTable = retryableLazy(
  retryableImport(() => import('./all-classes-table.tsx')),
  'AllClassesTable',
)

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
