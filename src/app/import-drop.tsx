import { Suspense, useEffect, useState, type ComponentProps } from 'react'
import type * as ReviewModule from '../features/import-review/import-review.tsx'
import { retryableLazy } from '../ui/retryable-lazy.ts'
import { buildChanged, runningEntry } from '../data/build-changed.ts'
import { LoadBoundary } from '../ui/load-boundary.tsx'
import { readCsvMapping, saveCsvMapping } from '../data/csv-mappings.ts'
import { saveLocalImport } from '../data/local-imports.ts'
import type { SeasonStandings } from '../engine/season-standings.ts'
import type { ImportedRace } from '../import/to-race-results.ts'
import { downloadText } from './download.ts'

// The importers (and their CSV parser) load when a file is first opened (docs/performance.md).
const ImportReview = retryableLazy<ComponentProps<typeof ReviewModule.ImportReview>>(() =>
  import('../features/import-review/import-review.tsx').then((module) => ({
    default: module.ImportReview,
  })),
)

/**
 * Importing a timing file in the browser: drop it anywhere on the page or pick it with the
 * button; it is read locally, reviewed, then kept in this browser or downloaded as a contract
 * result file (docs/importing.md#in-the-browser).
 */
export function ImportDrop({
  path,
  standings,
}: {
  readonly path: string
  readonly standings: SeasonStandings
}) {
  const [file, setFile] = useState<{ readonly name: string; readonly text: string } | null>(null)
  const [dragging, setDragging] = useState(false)
  const open = (picked: File | undefined) => {
    if (picked !== undefined)
      void picked.text().then((text) => setFile({ name: picked.name, text }))
  }
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return
      event.preventDefault()
      setDragging(true)
    }
    const leave = () => setDragging(false)
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return
      event.preventDefault()
      setDragging(false)
      open(event.dataTransfer.files[0])
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])
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
  // Its own block: on a phone it moves below the standings (global.css), out of the first screen.
  return (
    <div className="import-area">
      {dragging && (
        <p className="drop-hint">Drop the timing file to import it (read in this browser only)</p>
      )}
      <label className="import-button">
        Import results file…
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(event) => {
            open(event.currentTarget.files?.[0])
            event.currentTarget.value = ''
          }}
        />
      </label>
      {file !== null && (
        <LoadBoundary
          what="The import review"
          resetKey={file.name}
          buildChanged={() => buildChanged(runningEntry())}
        >
          <Suspense fallback={<p role="status">Reading {file.name}…</p>}>
            <ImportReview
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
                // Kept: the review closes. Refused (storage full or off): it stays open and says why.
                if (refused === null) setFile(null)
                return refused
              }}
              onDownload={download}
              onCancel={() => setFile(null)}
              savedMapping={readCsvMapping(standings.season.series.id)}
              onMappingChange={(mapping) => saveCsvMapping(standings.season.series.id, mapping)}
            />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  )
}
