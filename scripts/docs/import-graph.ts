import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/**
 * The folder-level import graph of `src/` as the Mermaid diagram of docs/architecture.md:
 * one edge per pair of folders, with how many import statements cross it. Features and the
 * engine's two rooms count as folders of their own.
 */
export function importGraph(srcDir: string): string {
  const root = resolve(srcDir)
  const edges = new Map<string, number>()
  const folderOf = (file: string) => {
    const parts = relative(root, file).split('/')
    const [top = 'main', sub] = parts
    if (parts.length === 1) return 'main'
    if (top === 'features' || (top === 'engine' && parts.length > 2)) return `${top}/${sub}`
    return top
  }
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
      const from = folderOf(file)
      const to = folderOf(resolve(dirname(file), match[1] ?? ''))
      if (from === to) continue
      const key = `${from} --> ${to}`
      edges.set(key, (edges.get(key) ?? 0) + 1)
    }
  }
  const lines = [...edges]
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([edge, count]) => `  ${edge.replaceAll('/', '_').replace(' --> ', ` -- ${count} --> `)}`)
  return ['```mermaid', 'flowchart BT', ...lines, '```'].join('\n')
}

function sourceFiles(dir: string): Array<string> {
  return readdirSync(dir)
    .toSorted()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return sourceFiles(path)
      return /\.tsx?$/.test(name) ? [path] : []
    })
}
