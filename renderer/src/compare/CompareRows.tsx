import type { ComparePassage, Comparison } from '../../../preload/api';
import { formatDate } from '../shared/format';
import { CompareText } from './CompareText';
import { diffSide, markedPieces, percent, type Piece } from './highlight';

export type Side = 'left' | 'right';

interface RowsProps {
  comparison: Comparison;
  activePhrase: number | null;
  onSimilar(passage: ComparePassage, side: Side): void;
}

export function cellId(side: Side, index: number): string {
  return `compare-${side}-${index}`;
}

function where(p: ComparePassage): string {
  return `turn ${p.turn + 1}, ¶${p.paragraph + 1}${p.sentence !== null ? `, sentence ${p.sentence + 1}` : ''}`;
}

function goTo(side: Side, index: number): void {
  const target = document.getElementById(cellId(side, index));
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.focus({ preventScroll: true });
  target.classList.add('flash');
  window.setTimeout(() => target.classList.remove('flash'), 1600);
}

interface CellProps extends RowsProps {
  side: Side;
  index: number | null;
}

function Cell({ comparison, side, index, activePhrase, onSimilar }: CellProps) {
  if (index === null) return <div role="cell" className="compare-cell empty-cell" />;
  const passages = side === 'left' ? comparison.passagesLeft : comparison.passagesRight;
  const passage = passages[index];
  const pair = passage.pair !== null ? comparison.pairs[passage.pair] : null;
  const other: Side = side === 'left' ? 'right' : 'left';
  let status: string;
  let pieces: Piece[];
  if (!pair) {
    status = side === 'left' ? 'only left' : 'only right';
    pieces = markedPieces(passage);
  } else {
    const changed = pair.diff.length > 0;
    status = pair.moved ? `moved · ${percent(pair.score)}` : changed ? `changed · ${percent(pair.score)}` : 'same';
    // In a passage that is the same on both sides every phrase is shared: mark only the chosen one.
    pieces = changed ? diffSide(pair.diff, side) : markedPieces(passage, pair.moved ? undefined : activePhrase);
  }
  const kind = !pair ? `only-${side}` : pair.moved ? 'moved' : pair.diff.length > 0 ? 'changed' : 'same';
  return (
    <div role="cell" id={cellId(side, index)} tabIndex={-1} className={`compare-cell ${kind}`} data-kind={kind}>
      <div className="cell-head">
        {passage.speaker && <span className="cell-speaker">{passage.speaker}</span>}
        <span className="cell-where">{where(passage)}</span>
        <span className="cell-status">{status}</span>
        {pair?.moved && (
          <button
            type="button"
            className="link-button"
            onClick={() => goTo(other, other === 'left' ? pair.left : pair.right)}
            aria-label={side === 'left' ? 'Go to where this passage moved to on the right' : 'Go to where this passage came from on the left'}
          >
            {side === 'left' ? 'moved to →' : '← moved from'}
          </button>
        )}
        <button type="button" className="link-button" onClick={() => onSimilar(passage, side)} aria-label="Find similar passages in the archive">
          Similar…
        </button>
      </div>
      <p className="cell-text">
        <CompareText pieces={pieces} activePhrase={activePhrase} />
      </p>
    </div>
  );
}

/** The two texts side by side, one row per aligned pair; unaligned passages sit between pairs. */
export function CompareRows({ comparison, activePhrase, onSimilar }: RowsProps) {
  return (
    <div role="table" aria-label="Aligned passages" className="compare-rows">
      <div role="rowgroup">
        <div role="row" className="compare-row compare-head-row">
          <div role="columnheader" title={comparison.left.title}>
            <span className="head-date">{formatDate(comparison.left.date)}</span>
            {comparison.left.title}
          </div>
          <div role="columnheader" title={comparison.right.title}>
            <span className="head-date">{formatDate(comparison.right.date)}</span>
            {comparison.right.title}
          </div>
        </div>
      </div>
      <div role="rowgroup">
        {comparison.rows.map((row, i) => (
          <div role="row" key={i} className={row.pair !== null ? 'compare-row paired' : 'compare-row'}>
            <Cell comparison={comparison} side="left" index={row.left} activePhrase={activePhrase} onSimilar={onSimilar} />
            <Cell comparison={comparison} side="right" index={row.right} activePhrase={activePhrase} onSimilar={onSimilar} />
          </div>
        ))}
      </div>
    </div>
  );
}

/** Version mode: one text with deletions struck through and insertions underlined, in reading order. */
export function InlineDiff({ comparison }: { comparison: Comparison }) {
  const blocks = comparison.inline ?? [];
  let lastSpeaker: string | null | undefined;
  return (
    <div className="compare-inline" role="document" aria-label="Inline differences">
      {blocks.map((block, i) => {
        const showSpeaker = block.speaker !== lastSpeaker && block.speaker !== null;
        lastSpeaker = block.speaker;
        return (
          <div key={i} className={`inline-block ${block.kind}${block.moved ? ' moved' : ''}`} data-kind={block.kind}>
            {showSpeaker && <h4 className="speaker">{block.speaker}</h4>}
            <p>
              {block.moved && <span className="cell-status">{block.kind === 'deleted' ? 'moved away' : 'moved here'}</span>}
              <CompareText pieces={block.segments.map((s) => ({ text: s.text, kind: s.op === 'equal' ? 'plain' : s.op }))} activePhrase={null} />
            </p>
          </div>
        );
      })}
    </div>
  );
}
