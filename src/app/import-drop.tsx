import { Suspense, useEffect, useState } from 'react'
import { buildChanged, runningEntry } from '../data/build-changed.ts'
import type { SeasonStandings } from '../engine/scoring/season-standings.ts'
import { LoadBoundary } from '../ui/load-boundary.tsx'
import { retryableImport } from '../data/retryable-import.ts'
import { retryableLazy } from '../ui/retryable-lazy.ts'
import { localImportsCode } from './use-local-imports.ts'

// The review, the importers (and their CSV parser) and the code that keeps a race in this
// browser load when a file is first opened (docs/performance.md).
const ImportReviewPanel = retryableLazy(
  retryableImport(() => import('./import-review-panel.tsx')),
  'ImportReviewPanel',
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
    if (picked === undefined) return
    // A race kept from the review then shows at once (use-local-imports.ts).
    localImportsCode.load().catch(() => undefined)
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
            <ImportReviewPanel
              path={path}
              standings={standings}
              file={file}
              onClose={() => setFile(null)}
            />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  )
}
