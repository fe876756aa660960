// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { MarkdownView } from '../../../src/features/about/markdown-view.tsx'

afterEach(cleanup)

const BASE = 'https://example.test/data/ccna/README.md'

test('the shipped Carrera Cup README reads as a page: headings, lists and tables, "—" and "→" as written', () => {
  render(<MarkdownView text={readFileSync('public/data/ccna/README.md', 'utf8')} base={BASE} />)
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
    'Porsche Carrera Cup North America 2023 and 2024 — reconstructed data',
  )
  expect(screen.getByRole('heading', { level: 2, name: 'How the files are made' })).toHaveAttribute(
    'id',
    'how-the-files-are-made',
  )
  const files = screen.getByRole('region', { name: 'Table: file, what it holds' })
  expect(within(files).getByRole('cell', { name: 'source keys → URLs' })).toBeInTheDocument()
  // No Markdown left in the words.
  expect(document.body.textContent).not.toMatch(/\*\*|\| --- \||^#+ /m)
  expect(screen.getAllByRole('heading').every((h) => !h.textContent?.startsWith('#'))).toBe(true)
})

test('nothing in the file runs or is inserted as HTML: raw HTML shows as text, an unsafe link as its words', () => {
  render(
    <MarkdownView
      text={
        'A <img src=x onerror=alert(1)> tag, [a script](javascript:alert(1)), [notes](notes.md) and [web](https://example.org/).\n\n<script>alert(1)</script>\n'
      }
      base={BASE}
    />,
  )
  expect(document.querySelector('img, script')).toBeNull()
  expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument()
  expect(screen.queryByRole('link', { name: 'a script' })).toBeNull()
  expect(screen.getByText('a script')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'notes' })).toHaveAttribute(
    'href',
    'https://example.test/data/ccna/notes.md',
  )
  expect(screen.getByRole('link', { name: 'web' })).toHaveAttribute('href', 'https://example.org/')
})
