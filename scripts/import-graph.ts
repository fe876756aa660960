/**
 * `npx tsx scripts/import-graph.ts`: the folder-level import graph of src/, as the Mermaid
 * diagram docs/architecture.md shows. Counts the import statements from each folder to each other.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'

const root = resolve('src')
const edges = new Map<string, number>()
const layerOf = (file: string) => {
  const parts = relative(root, file).split('/')
  return parts[0] === 'features'
    ? `features/${parts[1]}`
    : ((parts.length > 1 ? parts[0] : 'main') ?? 'main')
}
function walk(dir: string): Array<string> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}
for (const file of walk(root)) {
  const text = readFileSync(file, 'utf8')
  for (const match of text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
    const target = resolve(dirname(file), match[1] ?? '')
    const from = layerOf(file)
    const to = layerOf(target)
    if (from === to) continue
    const key = `${from} --> ${to}`
    edges.set(key, (edges.get(key) ?? 0) + 1)
  }
}
console.log('```mermaid\nflowchart BT')
for (const [edge, count] of [...edges].toSorted(([a], [b]) => a.localeCompare(b)))
  console.log(`  ${edge.replaceAll('/', '_').replace(' --> ', ` -- ${count} --> `)}`)
console.log('```')
