import { Suspense, useState } from 'react'
import { buildChanged, runningEntry } from '../../data/build-changed.ts'
import { LoadBoundary } from '../../ui/load-boundary.tsx'
import { retryableImport } from '../../data/retryable-import.ts'
import { retryableLazy } from '../../ui/retryable-lazy.ts'
import type { ExportMenuProps } from './export-panel.tsx'

// The export buttons and their file makers load when the menu is first opened.
const ExportPanel = retryableLazy(
  retryableImport(() => import('./export-panel.tsx')),
  'ExportPanel',
)

/** The Export menu next to the race slider (docs/exporting.md): closed, it is only its button. */
export function ExportMenu(props: ExportMenuProps) {
  const [opened, setOpened] = useState(false)
  if (props.selection.step < 0 || props.selection.focus === null) return null
  return (
    <details className="export-menu" onToggle={(e) => setOpened(opened || e.currentTarget.open)}>
      <summary>Export</summary>
      {opened && (
        <LoadBoundary
          what="The export menu"
          resetKey="export"
          buildChanged={() => buildChanged(runningEntry())}
        >
          <Suspense fallback={<p className="export-buttons">Loading…</p>}>
            <ExportPanel {...props} />
          </Suspense>
        </LoadBoundary>
      )}
    </details>
  )
}
