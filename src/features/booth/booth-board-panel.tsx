import type { BoothBoard, BoothEntry } from '../../model/booth-board.ts'
import { formatChange, formatPoints } from '../../model/format-points.ts'
import { RECONSTRUCTED } from '../../model/provenance-words.ts'
import { ProvenanceMarkOf } from '../../ui/provenance-mark.tsx'

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
      <span className="booth-name">{entry.name}</span>
      <ProvenanceMarkOf
        provenance={entry.placeholder ? 'placeholder' : 'published'}
        markEach={false}
      />
      {label !== undefined && <span className="booth-role"> {label}</span>}
    </span>
  )
}

/**
 * One championship on the booth screen: its status word, the leader and the battle, the gaps as
 * the largest type (docs/dashboard.md#booth).
 */
export function BoothBoardPanel({ board }: { readonly board: BoothBoard }) {
  const { leader, battle } = board
  return (
    <section className="booth-board" aria-label={`${board.championship} booth`}>
      <p className="booth-after">
        <strong>{board.championship}</strong> · {board.after}
        {board.word !== null && (
          <span className={`status-badge status-${board.status.kind}`}> {board.word}</span>
        )}
        {board.reconstructed !== null && (
          <span className="status-badge status-reconstructed" title={`${RECONSTRUCTED}.`}>
            {' '}
            {board.reconstructed}
          </span>
        )}
      </p>
      {leader !== null && (
        <div className="booth-leader">
          <Entry entry={leader} label="leads" />
          <span className="booth-figure">
            <span className="booth-number">{formatPoints(leader.points)}</span>
            <span className="booth-unit"> pts</span>
            <ThisRace change={leader.gained} of="points" />
          </span>
        </div>
      )}
      {battle.kind === 'pair' ? (
        <div className="booth-pair" aria-label="Battle">
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
            <span className="booth-label">
              gap {battle.gap === 0 ? '(level)' : `to ${battle.ahead.name}`}
            </span>
            <span className="booth-figure">
              <span className="booth-number">{formatPoints(battle.gap)}</span>
              <ThisRace change={battle.gapChange} of="gap" />
            </span>
          </p>
        </div>
      ) : (
        <ol className="booth-gaps" aria-label={`Gaps to the leader, top ${battle.rows.length + 1}`}>
          {battle.rows.map((row) => (
            <li key={row.id} className="booth-row">
              <Entry entry={row} />
              <span className="booth-figure">
                <span className="booth-label">gap </span>
                <span className="booth-number">
                  {row.gap === 0 ? 'level' : formatPoints(row.gap)}
                </span>
                <ThisRace change={row.gapChange} of="gap" />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
