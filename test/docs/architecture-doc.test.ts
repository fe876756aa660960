import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importGraph } from '../../scripts/docs/import-graph.ts'

/**
 * docs/architecture.md is the newcomer's map: its import graph and its "where each rule lives"
 * table are checked against the code, so the map cannot drift (issue 26: it named a function
 * that did not exist and its graph was 15 edges out of date).
 */
const doc = readFileSync('docs/architecture.md', 'utf8')

describe('docs/architecture.md', () => {
  it('shows the import graph as it is (npx tsx scripts/import-graph.ts prints it)', () => {
    const shown = /```mermaid\n[\s\S]*?```/.exec(doc)?.[0]
    expect(shown).toBe(importGraph('src'))
  })

  it('names, in "Where each rule lives", only files and exports that exist', () => {
    const references = ruleReferences(sectionOf(doc, 'Where each rule lives'))
    expect(references.length).toBeGreaterThan(40)
    const missing = references.flatMap(({ file, names }) => {
      const path = join('src', file)
      if (!existsSync(path)) return [`${file} (no such file)`]
      const text = readFileSync(path, 'utf8')
      return names
        .filter((name) => !declares(text, name))
        .map((name) => `${file}: ${name} (neither exported nor a member there)`)
    })
    expect(missing).toEqual([])
  })

  it('reads a bare file name in the same folder as the path before it', () => {
    expect(ruleReferences('| names | `model/short-name.ts`, `ordinal.ts` (`ordinal`) |')).toEqual([
      { file: 'model/short-name.ts', names: [] },
      { file: 'model/ordinal.ts', names: ['ordinal'] },
    ])
  })
})

/** An export of the file, or a member of an interface it exports (`finished(id)` of the model). */
function declares(text: string, name: string): boolean {
  const exported = new RegExp(
    `export (?:async )?(?:function|const|class|type|interface) ${name}\\b`,
  )
  const member = new RegExp(`^\\s+(?:readonly )?${name}[(:]`, 'm')
  return exported.test(text) || member.test(text)
}

function sectionOf(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}`)
  const end = markdown.indexOf('\n## ', start + 1)
  return markdown.slice(start, end === -1 ? undefined : end)
}

/** Each `folder/file.ts` (or a bare `file.ts`, in the folder named before it) and its `(names)`. */
function ruleReferences(section: string): Array<{ file: string; names: Array<string> }> {
  const found: Array<{ file: string; names: Array<string> }> = []
  for (const line of section.split('\n').filter((row) => row.startsWith('|'))) {
    const cell = line.split('|').at(-2) ?? ''
    let folder = ''
    for (const match of cell.matchAll(/`([\w/.-]+\.tsx?)`(?:\s*\(([^)]*)\))?/g)) {
      const named = match[1] ?? ''
      const file = named.includes('/') ? named : join(folder, named)
      folder = dirname(file)
      const names = [...(match[2] ?? '').matchAll(/`(\w+)`/g)].map((name) => name[1] ?? '')
      found.push({ file, names })
    }
  }
  return found
}
