import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ComparePassage, Comparison } from '../../../shared/contract/api';
import { formatDate } from '../shared/format';
import { CompareText } from './CompareText';
import { diffSide, markedPieces, passageAt, percent, type Piece } from './highlight';

export type Side = 'left' | 'right';

interface RowsProps {
  comparison: Comparison;
  activePhrase: number | null;
  onSimilar(passage: ComparePassage, side: Side): void;
  /** Scroll to a passage's row, then focus its cell (the rows are virtualised: it may not be drawn yet). */
  onGoTo?(side: Side, index: number): void;
}

export function cellId(side: Side, index: number): string {
  return `compare-${side}-${index}`;
}

function where(p: ComparePassage): string {
  return `turn ${p.turn + 1}, ¶${p.paragraph + 1}${p.sentence !== null ? `, sentence ${p.sentence + 1}` : ''}`;
}

/** Focuses a drawn cell and flashes it; tries again for a moment while a scrolled-to row is being drawn. */
export function focusCell(side: Side, index: number, tries = 20): void {
  const target = document.getElementById(cellId(side, index));
  if (!target) {
    if (tries > 0) window.setTimeout(() => focusCell(side, index, tries - 1), 50);
    return;
  }
  target.scrollIntoView({ block: 'nearest' });
  target.focus({ preventScroll: true });
  target.classList.add('flash');
  window.setTimeout(() => target.classList.remove('flash'), 1600);
}

interface CellProps extends RowsProps {
  side: Side;
  index: number | null;
}

function Cell({ comparison, side, index, activePhrase, onSimilar, onGoTo }: CellProps) {
  if (index === null) return <div role="cell" className="compare-cell empty-cell" />;
  const passage = passageAt(comparison, side, index);
  if (!passage) return <div role="cell" className="compare-cell empty-cell" aria-busy="true" />;
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
            onClick={() => onGoTo?.(other, other === 'left' ? pair.left : pair.right)}
            aria-label={
              side === 'left' ? 'Go to where this passage moved to on the right' : 'Go to where this passage came from on the left'
            }
          >
            {side === 'left' ? 'moved to →' : '← moved from'}
          </button>
        )}
        <button
          type="button"
          className="link-button"
          onClick={() => onSimilar(passage, side)}
          aria-label="Find similar passages in the archive"
        >
          Similar…
        </button>
      </div>
      <p className="cell-text">
        <CompareText pieces={pieces} activePhrase={activePhrase} />
      </p>
    </div>
  );
}

/** The row that shows a passage of one side. */
/** The table's head: each side's date and title. */
export function CompareHeadRow({ comparison }: { comparison: Comparison }) {
  return (
    <div role="rowgroup">
      <div role="row" className="compare-row compare-head-row">
        {[comparison.left, comparison.right].map((side, i) => (
          <div key={i} role="columnheader" title={side.title}>
            <span className="head-date">{formatDate(side.date)}</span>
            {side.title}
          </div>
        ))}
      </div>
    </div>
  );
}

export function rowOf(comparison: Comparison, side: Side, index: number): number {
  return comparison.rows.findIndex((row) => (side === 'left' ? row.left : row.right) === index);
}

/**
 * The two texts side by side, one row per aligned pair; unaligned passages sit between pairs.
 * Only the rows on screen are drawn (two long transcripts make some 1,800 rows).
 */
export function CompareRows({
  comparison,
  activePhrase,
  onSimilar,
  scrollTo,
}: RowsProps & { scrollTo?: { side: Side; index: number; seq: number } | null }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: comparison.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 110,
    overscan: 6,
  });
  const goTo = (side: Side, index: number): void => {
    const row = rowOf(comparison, side, index);
    if (row < 0) return;
    virtualizer.scrollToIndex(row, { align: 'center' });
    focusCell(side, index);
  };
  const goToRef = useRef(goTo);
  goToRef.current = goTo;
  useEffect(() => {
    if (scrollTo) goToRef.current(scrollTo.side, scrollTo.index);
  }, [scrollTo]);
  const items = virtualizer.getVirtualItems();
  return (
    <div role="table" aria-label="Aligned passages" aria-rowcount={comparison.rows.length + 1} className="compare-rows">
      <CompareHeadRow comparison={comparison} />
      <div role="rowgroup" ref={scroller} className="compare-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = comparison.rows[item.index];
            return (
              <div
                role="row"
                key={item.index}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={row.pair !== null ? 'compare-row paired' : 'compare-row'}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
              >
                <Cell
                  comparison={comparison}
                  side="left"
                  index={row.left}
                  activePhrase={activePhrase}
                  onSimilar={onSimilar}
                  onGoTo={goTo}
                />
                <Cell
                  comparison={comparison}
                  side="right"
                  index={row.right}
                  activePhrase={activePhrase}
                  onSimilar={onSimilar}
                  onGoTo={goTo}
                />
              </div>
            );
          })}
        </div>
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
              <CompareText
                pieces={block.segments.map((s) => ({ text: s.text, kind: s.op === 'equal' ? 'plain' : s.op }))}
                activePhrase={null}
              />
            </p>
          </div>
        );
      })}
    </div>
  );
}
