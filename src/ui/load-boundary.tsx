import { Component, type ReactNode } from 'react'
import { ErrorPanel } from './error-panel.tsx'
import { loadFailureMessage } from './load-failure.ts'
import { retryFailedLoads } from './retryable-lazy.ts'

interface Props {
  /** What failed to load, for the message: "the Driver view". */
  readonly what: string
  /** A change of this (the address) clears the fault and tries again. */
  readonly resetKey: string
  /** Whether the site was deployed again since the page loaded (then only a reload helps). */
  readonly buildChanged: () => Promise<boolean>
  readonly children: ReactNode
}

interface State {
  readonly error: Error | null
  readonly resetKey: string
  /** A new deployment is live: the old files this page asks for are gone. */
  readonly stale: boolean
  /** Tries so far: each remounts the children, so a lazily loaded view is fetched again. */
  readonly attempt: number
}

/**
 * Around every lazily loaded view (docs/dashboard.md#faults): a file that fails to load (a network
 * fault, a redeploy that removed the old hashed files) gives a message with a Retry button, never
 * a blank page; when the site was deployed again it offers a reload instead. Moving to another
 * view (a new address) clears it.
 */
export class LoadBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey, stale: false, attempt: 0 }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey === state.resetKey) return null
    // A new address is a new try for any file that failed (fetched afresh), like Retry.
    retryFailedLoads()
    return { error: null, resetKey: props.resetKey, stale: false, attempt: 0 }
  }

  override componentDidCatch(): void {
    void this.props.buildChanged().then((stale) => {
      if (stale) this.setState({ stale: true })
    })
  }

  override render(): ReactNode {
    const { error, stale, attempt } = this.state
    if (error === null) return <div key={attempt}>{this.props.children}</div>
    const reload = (
      <button type="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    )
    return (
      <ErrorPanel
        title={`${this.props.what} could not be loaded`}
        messages={[
          stale
            ? 'Pitboard was updated since this page was opened: reload to get the new version.'
            : loadFailureMessage(error.message, attempt + 1),
        ]}
      >
        {!stale && (
          <button
            type="button"
            onClick={() => {
              // Each try fetches the file afresh (data/retryable-import.ts).
              retryFailedLoads()
              this.setState({ error: null, attempt: attempt + 1 })
            }}
          >
            Retry
          </button>
        )}
        {(stale || attempt > 0) && reload}
      </ErrorPanel>
    )
  }
}
