import { useEffect, useState } from 'react'

type Outcome = 'idle' | 'copied' | 'failed'

/**
 * Copies the address of what is on screen: everything worth sharing is in the URL
 * (docs/dashboard.md#sharing). Where the clipboard is refused (an insecure origin, a denied
 * permission) the link is shown selected, to copy by hand.
 */
export function CopyLink() {
  const [outcome, setOutcome] = useState<Outcome>('idle')
  useEffect(() => {
    if (outcome !== 'copied') return undefined
    const timer = window.setTimeout(() => setOutcome('idle'), 2500)
    return () => window.clearTimeout(timer)
  }, [outcome])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setOutcome('copied')
    } catch {
      setOutcome('failed')
    }
  }
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()} aria-label="Copy link to this view">
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" className="icon">
          <path
            d="M10 14a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5M14 10a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
          />
        </svg>
        <span className="button-text"> Copy link</span>
      </button>
      <span role="status" className="copy-status">
        {outcome === 'copied' && 'Link copied'}
        {outcome === 'failed' && (
          <input
            aria-label="Link to this view"
            readOnly
            value={window.location.href}
            ref={(input) => input?.select()}
            onBlur={() => setOutcome('idle')}
          />
        )}
      </span>
    </span>
  )
}
