/** A worker thread of `npm run bench:live`: runs its share of the viewers and reports back. */
import { parentPort, workerData } from 'node:worker_threads'
import { runViewers, type ViewerOptions } from './bench-viewers.ts'

const report = await runViewers(workerData as ViewerOptions)
parentPort?.postMessage(report)
