import { Lexer, type Token, type Tokens } from 'marked'
import type { ReactNode } from 'react'
import { isKnown, safeHref, slugOf } from './markdown-tokens.ts'

/**
 * A data folder's Markdown page (its README) as React elements: GitHub-flavoured Markdown read by
 * `marked`'s lexer, each token drawn as an element, so no HTML from the file is ever inserted as
 * HTML (raw HTML shows as text, a `javascript:` link as its words, an image as its description).
 */
export function MarkdownView({ text, base }: { readonly text: string; readonly base: string }) {
  return <>{blocks(Lexer.lex(text, { gfm: true }), base)}</>
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

function blocks(tokens: ReadonlyArray<Token>, base: string): ReactNode {
  return tokens.map((token, i) => block(token, base, i))
}

function block(token: Token, base: string, key: number): ReactNode {
  if (!isKnown(token)) return null
  switch (token.type) {
    case 'heading': {
      const Tag = HEADINGS[Math.min(6, Math.max(1, token.depth)) - 1] ?? 'h6'
      return (
        <Tag key={key} id={slugOf(token.text)}>
          {inline(token.tokens, base)}
        </Tag>
      )
    }
    case 'paragraph':
      return <p key={key}>{inline(token.tokens, base)}</p>
    case 'text':
      return <span key={key}>{token.tokens ? inline(token.tokens, base) : token.text}</span>
    case 'list':
      return list(token, base, key)
    case 'table':
      return table(token, base, key)
    case 'blockquote':
      return <blockquote key={key}>{blocks(token.tokens, base)}</blockquote>
    case 'code':
      return (
        <pre key={key}>
          <code>{token.text}</code>
        </pre>
      )
    case 'hr':
      return <hr key={key} />
    case 'html':
      return <p key={key}>{token.text}</p>
    default:
      return inlineToken(token, base, key)
  }
}

function list(token: Tokens.List, base: string, key: number): ReactNode {
  const items = token.items.map((item, i) => <li key={i}>{blocks(item.tokens, base)}</li>)
  return token.ordered ? (
    <ol key={key} start={token.start === '' ? undefined : token.start}>
      {items}
    </ol>
  ) : (
    <ul key={key}>{items}</ul>
  )
}

function table(token: Tokens.Table, base: string, key: number): ReactNode {
  const align = (cell: Tokens.TableCell) =>
    cell.align === null ? undefined : { textAlign: cell.align }
  return (
    <div
      key={key}
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={`Table: ${token.header.map((cell) => cell.text).join(', ')}`}
    >
      <table>
        <thead>
          <tr>
            {token.header.map((cell, i) => (
              <th key={i} scope="col" style={align(cell)}>
                {inline(cell.tokens, base)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {token.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i} style={align(cell)}>
                  {inline(cell.tokens, base)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function inline(tokens: ReadonlyArray<Token>, base: string): ReactNode {
  return tokens.map((token, i) => inlineToken(token, base, i))
}

function inlineToken(token: Token, base: string, key: number): ReactNode {
  if (!isKnown(token)) return null
  switch (token.type) {
    case 'strong':
      return <strong key={key}>{inline(token.tokens, base)}</strong>
    case 'em':
      return <em key={key}>{inline(token.tokens, base)}</em>
    case 'del':
      return <del key={key}>{inline(token.tokens, base)}</del>
    case 'codespan':
      return <code key={key}>{token.text}</code>
    case 'br':
      return <br key={key} />
    case 'link': {
      const href = safeHref(token.href, base)
      const words = inline(token.tokens, base)
      return href === null ? (
        <span key={key}>{words}</span>
      ) : (
        <a key={key} href={href} rel="noreferrer">
          {words}
        </a>
      )
    }
    case 'image':
      return <span key={key}>{token.text}</span>
    case 'text':
      return token.tokens ? inline(token.tokens, base) : token.text
    case 'escape':
    case 'html':
      return token.text
    case 'checkbox':
      return token.checked ? '☑ ' : '☐ '
    default:
      return null
  }
}
