/**
 * `npx tsx scripts/import-graph.ts`: the folder-level import graph of src/, as the Mermaid
 * diagram docs/architecture.md shows (test/docs/architecture-doc.test.ts holds them equal).
 */
import { importGraph } from './docs/import-graph.ts'

console.log(importGraph('src'))
