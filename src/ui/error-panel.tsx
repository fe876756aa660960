import type { ReactNode } from 'react'

/** A fault the reader must see: names the file and what is wrong; the rest of the page stays. */
export function ErrorPanel({
  title,
  messages,
  children,
}: {
  readonly title: string
  readonly messages: ReadonlyArray<string>
  readonly children?: ReactNode
}) {
  return (
    <section className="error-panel" role="alert" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      {children}
    </section>
  )
}
