import type { BoothBoard, BoothEntry } from '../../model/booth-board.ts'
import { formatChange, formatPoints, gapFigure } from '../../model/format-points.ts'
import type { RevisionHeadline } from '../../model/revision-headline.ts'
import { ClassBadge } from '../../ui/class-badge.tsx'
import { ProvenanceMarkOf } from '../../ui/provenance-mark.tsx'
import { BoardBadges } from './board-badges.tsx'
import { RevisionBand } from './revision-band.tsx'

/** "+17 this race": what a number did in the race just counted, said with its meaning. */
function ThisRace({ change, of }: { readonly change: number | null; readonly of: string }) {
  if (change === null) return null
  return (
    <span className="booth-change" aria-label={`${of} ${formatChange(change)} this race`}>
      {formatChange(change)} <small>this race</small>
    </span>
  )
}

function Entry({ entry, label }: { readonly entry: BoothEntry; readonly label?: string }) {
  return (
    <span className="booth-entry">
      <span className="booth-pos">{entry.position}</span>{' '}
      <span className="booth-name">
        {entry.name}
        <ProvenanceMarkOf
          provenance={entry.placeholder ? 'placeholder' : 'published'}
          markEach={false}
        />
        {entry.inClass !== null && <ClassBadge classDef={entry.inClass} />}
        {label !== undefined && <span className="booth-role"> {label}</span>}
      </span>
    </span>
  )
}

/**
 * One board on the booth screen: its status word (always, OFFICIAL too), the leader and the
 * battle, the gaps as the largest type (docs/dashboard.md#booth). Its rows share the board's
 * height in presentation mode (`flexGrow` by how many rows each part holds, booth.css).
 */
export function BoothBoardPanel({
  board,
  revision,
}: {
  readonly board: BoothBoard
  /** A revision of a race the board counts, while it is said (12 s on air). */
  readonly revision: RevisionHeadline | null
}) {
  const { leader, battle } = board
  return (
    <section className="booth-board" aria-label={`${board.championship} booth`} data-fit="">
      <p className="booth-after">
        <strong>{board.championship}</strong> · {board.after} <BoardBadges badges={board} />
      </p>
      {revision !== null && <RevisionBand headline={revision} />}
      <div className="booth-rows">
        {leader !== null && (
          <div className="booth-row booth-leader" style={{ flexGrow: 1 }}>
            <Entry entry={leader} label="leads" />
            <span className="booth-figure">
              <span className="booth-number">{formatPoints(leader.points)}</span>
              <span className="booth-unit"> pts</span>
              <ThisRace change={leader.gained} of="points" />
            </span>
          </div>
        )}
        {battle.kind === 'pair' ? (
          <div className="booth-pair booth-list" aria-label="Battle" style={{ flexGrow: 3 }}>
            {[battle.ahead, battle.behind].map((entry) => (
              <p key={entry.id} className="booth-row">
                <Entry entry={entry} />
                <span className="booth-figure">
                  <span className="booth-number small">{formatPoints(entry.points)}</span>
                  <span className="booth-unit"> pts</span>
                </span>
              </p>
            ))}
            <p className="booth-row booth-pair-gap">
              <span className="booth-label">{battle.label}</span>
              <span className="booth-figure">
                <span className="booth-number booth-gap">{formatPoints(battle.gap)}</span>
                <ThisRace change={battle.gapChange} of="gap" />
              </span>
            </p>
          </div>
        ) : (
          battle.rows.length > 0 && (
            <ol
              className="booth-gaps booth-list"
              aria-label={`Gaps to the leader, top ${battle.rows.length + 1}`}
              style={{ flexGrow: battle.rows.length }}
            >
              {battle.rows.map((row) => (
                <li key={row.id} className="booth-row">
                  <Entry entry={row} />
                  <span className="booth-figure">
                    <span className="booth-label">gap </span>
                    <span className="booth-number booth-gap">{gapFigure(row.gap)}</span>
                    <ThisRace change={row.gapChange} of="gap" />
                  </span>
                </li>
              ))}
            </ol>
          )
        )}
      </div>
    </section>
  )
}
