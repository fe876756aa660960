import { readCsvMapping, saveCsvMapping } from '../data/csv-mappings.ts'
import { saveLocalImport } from '../data/keep-local-imports.ts'
import type { SeasonStandings } from '../engine/scoring/season-standings.ts'
import { ImportReview } from '../features/import-review/import-review.tsx'
import type { ImportedRace } from '../import/to-race-results.ts'
import { downloadText } from '../ui/download.ts'

interface Props {
  readonly path: string
  readonly standings: SeasonStandings
  readonly file: { readonly name: string; readonly text: string }
  readonly onClose: () => void
}

/**
 * The review of a file opened in this browser, wired to where its result goes: kept in this
 * browser (then the review closes; refused, it stays open and says why), downloaded, and the
 * CSV column mapping remembered per series (docs/importing.md#in-the-browser). Loaded with the
 * first file opened. An official points sheet opens its reconciliation instead.
 */
export function ImportReviewPanel({ path, standings, file, onClose }: Props) {
  const races = standings.races.map((state) => ({
    race: state.race,
    hasResults: state.kind === 'scored',
  }))
  const download = (race: string, imported: ImportedRace) =>
    downloadText(
      `${race}.json`,
      'application/json',
      `${JSON.stringify(imported.results, null, 2)}\n`,
    )
  const series = standings.season.series.id
  return (
    <ImportReview
      standings={standings}
      fileName={file.name}
      text={file.text}
      season={standings.season}
      races={races}
      onAdd={(race, imported) => {
        const refused = saveLocalImport(path, race, {
          results: imported.results,
          file: file.name,
          drivers: imported.newDrivers,
          teams: imported.newTeams,
        })
        if (refused === null) onClose()
        return refused
      }}
      onDownload={download}
      onCancel={onClose}
      savedMapping={readCsvMapping(series)}
      onMappingChange={(mapping) => saveCsvMapping(series, mapping)}
    />
  )
}
