import './booth.css'
import './presentation.css'
import { useRef, type ReactNode } from 'react'
import { boardBadges, boothBoards, type BoothPick } from '../../model/booth-board.ts'
import { boothLines } from '../../model/booth-lines.ts'
import { revisionHeadline, type RevisionFacts } from '../../model/revision-headline.ts'
import type { PermutationsView } from '../../model/permutations-view.ts'
import { pointsLeftSentence, type ScenarioSummary } from '../../model/scenario-summary.ts'
import type { SeasonModel } from '../../model/season-model.ts'
import { asItStands } from '../../model/standings-status.ts'
import { BoothBoardPanel } from './booth-board-panel.tsx'
import { BoothLines } from './booth-lines.tsx'
import { PermutationsBoardFor } from './permutations-board-panel.tsx'
import { LatestRevision } from './revision-band.tsx'
import { useFit } from './use-fit.ts'

interface Props {
  readonly model: SeasonModel
  /** One board per championship: several side by side for a multi-class broadcast. */
  readonly championships: ReadonlyArray<string>
  readonly step: number
  /** The pair the commentator picked (of one class, or of two: one board), or how many to show. */
  readonly pick: BoothPick
  /** The title scenarios of the focus championship; null while they are worked out. */
  readonly scenarios: ScenarioSummary | null
  /** The next race's permutations, for the permutations board (null: settled, or pending). */
  readonly permutations: PermutationsView | null
  /** Whether the permutations are still being worked out. */
  readonly permutationsPending: boolean
  /** The championship `scenarios` are of: the permutations board's. */
  readonly focus: string | null
  /** The standings boards, or the permutations board of the focus championship (key T). */
  readonly board: 'standings' | 'permutations'
  /** Presentation mode: full screen, nothing but the boards (docs/dashboard.md#booth). */
  readonly present: boolean
  /** The Permutations view's address. */
  readonly tableHref: string
  /** The address that turns presentation mode on, or in it off (key P does the same). */
  readonly presentHref: string
  /** The newest revision of a race the booth counts, found while it was open; null: none. */
  readonly revision: RevisionFacts | null
  /** Whether `revision` is new enough to be said on air (model/revision-headline.ts). */
  readonly revisionOnAir: boolean
  /** The pair picker (src/ui/pair-picker.tsx), shown off air above the boards. */
  readonly picker?: ReactNode
}

/** The commentary-box screen: the leader, the battle and the gaps in the largest type. */
export function Booth(props: Props) {
  const { model, championships, step, pick, scenarios: summary, focus, board, present } = props
  const { revision, revisionOnAir } = props
  const ref = useRef<HTMLElement>(null)
  useFit(ref, present)
  const onPermutations = board === 'permutations'
  const boards = onPermutations ? [] : boothBoards(model, championships, step, pick)
  const [only] = championships
  const single = championships.length === 1 && only !== undefined
  // The permutations board waits for its permutations too.
  const scenarios = single || (onPermutations && !props.permutationsPending) ? summary : null
  // The scenarios then count a running (or imagined) race as finished.
  const prefix = asItStands(model.statusAt(step))
  const nameOf = (id: string) => model.championship(id)?.progression.championship.name ?? id
  const headlineOf = (ids: ReadonlyArray<string>) =>
    revision === null
      ? null
      : revisionHeadline(
          revision,
          ids.map((id) => ({ id, name: nameOf(id) })),
          model.standings.calendar,
        )
  const latest = headlineOf(
    onPermutations ? (focus === null ? [] : [focus]) : boards.flatMap((b) => b.championships),
  )
  const side = single && !onPermutations
  return (
    <section
      ref={ref}
      className={`booth${present ? ' present' : ''}`}
      aria-label="Commentator view"
      data-side={side ? 'outlook' : undefined}
    >
      {!present && (
        <div className="booth-top">
          {latest !== null && revision !== null && (
            <LatestRevision headline={latest} at={revision.at} fresh={revisionOnAir} />
          )}
          {props.picker}
          <a className="booth-mode" href={props.presentHref} data-nav>
            Presentation mode <kbd>P</kbd>
          </a>
        </div>
      )}
      <div className="booth-boards" data-count={onPermutations ? 1 : boards.length}>
        {boards.map((b) => (
          <BoothBoardPanel
            key={b.championships.join(' ')}
            board={b}
            revision={present && revisionOnAir ? headlineOf(b.championships) : null}
          />
        ))}
        {onPermutations && scenarios !== null && (
          <PermutationsBoardFor
            summary={scenarios}
            permutations={props.permutations}
            championship={focus === null ? '' : nameOf(focus)}
            calendar={model.standings.calendar}
            prefix={prefix}
            tableHref={present ? null : props.tableHref}
            badges={boardBadges(model, focus === null ? [] : [focus], step)}
          />
        )}
      </div>
      {(single || onPermutations) && scenarios === null && (
        <div className="booth-side" data-fit="">
          <p className="booth-available muted">Working out the title picture…</p>
        </div>
      )}
      {side && scenarios !== null && (
        <div className="booth-side" data-fit="">
          <p className="booth-available">
            {prefix}
            {pointsLeftSentence(scenarios)}
          </p>
          {scenarios.outlook !== null && (
            <p className="booth-outlook">
              {prefix}
              {scenarios.outlook.sentence}
            </p>
          )}
        </div>
      )}
      {!present && single && <BoothLines lines={boothLines(model, only, step, scenarios)} />}
      <div className="booth-footer">
        <p className="muted booth-keys">
          Keys: P presentation · F full screen · Esc leave · T permutations · 1–9 class · 0 all
          classes · ← → race · + − how many
        </p>
        {present && (
          <a className="booth-mode" href={props.presentHref} data-nav>
            Leave presentation <kbd>Esc</kbd>
          </a>
        )}
      </div>
    </section>
  )
}
