import type { BoothLine } from '../../model/booth-lines.ts'

/** The lines to read out, each with its status word and a Copy button (off air only). */
export function BoothLines({ lines }: { readonly lines: ReadonlyArray<BoothLine> }) {
  return (
    <ul className="booth-lines" aria-label="Lines to read out">
      {lines.map((line) => (
        <li key={line.text} className={line.kind}>
          {line.word !== null && (
            <span className={`status-badge status-${line.word.toLowerCase()}`}>{line.word}</span>
          )}{' '}
          <span>{line.text}</span>{' '}
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(line.text)}
            aria-label={`Copy: ${line.text}`}
          >
            Copy
          </button>
        </li>
      ))}
    </ul>
  )
}
