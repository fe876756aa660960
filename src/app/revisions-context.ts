import { createContext } from 'react'
import type { LoggedRevision } from '../data/live-season.ts'

/**
 * The revisions of the season on screen, newest first (data/live-season.ts): provided by the
 * season screen, read by the booth, which says the latest on air (docs/dashboard.md#booth).
 */
export const RevisionsContext = createContext<ReadonlyArray<LoggedRevision>>([])
