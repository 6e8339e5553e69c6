import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { ComparePassage, Comparison, ThemePair } from '../../../shared/contract/api';
import { CompareText } from './CompareText';
import { CompareHeadRow, type Side } from './CompareRows';
import { passageAt, percent, termPieces } from './highlight';
import { plural } from '../shared/format';

/** One line of the themes list: a topic's heading, a pair, a heading of what one side alone covers, or such a passage. */
export type ThemeItem =
  | { kind: 'topic'; topic: number }
  | { kind: 'pair'; pair: number }
  | { kind: 'only-heading'; side: Side; count: number }
  | { kind: 'only'; side: Side; index: number };

/** The lines in reading order: topics (biggest first) with their pairs, then what only the left and only the right say. */
export function themeItems(comparison: Comparison): ThemeItem[] {
  const themes = comparison.themes;
  if (!themes) return [];
  const items: ThemeItem[] = [];
  themes.topics.forEach((topic, t) => {
    if (topic.pairs.length === 0) return;
    items.push({ kind: 'topic', topic: t });
    for (const pair of topic.pairs) items.push({ kind: 'pair', pair });
  });
  // The first screen carries the passages of its pairs only: what one side alone says follows with the rest.
  if (comparison.partial) return items;
  for (const side of ['left', 'right'] as const) {
    const only = side === 'left' ? themes.onlyLeft : themes.onlyRight;
    if (only.length === 0) continue;
    items.push({ kind: 'only-heading', side, count: only.length });
    for (const index of only) items.push({ kind: 'only', side, index });
  }
  return items;
}

function where(p: ComparePassage): string {
  return `turn ${p.turn + 1}, ¶${p.paragraph + 1}${p.sentence !== null ? `, sentence ${p.sentence + 1}` : ''}`;
}

function PassageCell({
  passage,
  side,
  terms,
  onSimilar,
}: {
  passage: ComparePassage | undefined;
  side: Side;
  terms: string[];
  onSimilar(p: ComparePassage, side: Side): void;
}) {
  if (!passage) return <div role="cell" className="compare-cell empty-cell" />;
  return (
    <div role="cell" className={`compare-cell theme-cell ${side}`}>
      <div className="cell-head">
        {passage.speaker && <span className="cell-speaker">{passage.speaker}</span>}
        <span className="cell-where">{where(passage)}</span>
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
        <CompareText pieces={termPieces(passage.text, terms)} activePhrase={null} />
      </p>
    </div>
  );
}

function PairRow({
  comparison,
  pair,
  onSimilar,
}: {
  comparison: Comparison;
  pair: ThemePair;
  onSimilar(p: ComparePassage, side: Side): void;
}) {
  return (
    <>
      <div className="pair-why" role="cell" aria-label="Why paired">
        <span className="pair-score" title="Cosine of the two passages’ content words, weighted by rarity (TF-IDF)">
          {percent(pair.score)}
        </span>
        <span className="pair-terms">shared: {pair.terms.join(', ')}</span>
      </div>
      <PassageCell passage={passageAt(comparison, 'left', pair.left)} side="left" terms={pair.terms} onSimilar={onSimilar} />
      <PassageCell passage={passageAt(comparison, 'right', pair.right)} side="right" terms={pair.terms} onSimilar={onSimilar} />
    </>
  );
}

interface Props {
  comparison: Comparison;
  onSimilar(passage: ComparePassage, side: Side): void;
  /** Scroll to a topic's heading (from the topic list). */
  scrollTo?: { topic: number; seq: number } | null;
}

/** Themes mode: pairs of passages on the same subject, grouped by topic, then what each side alone covers. Only the lines on screen are drawn. */
export function ThemeRows({ comparison, onSimilar, scrollTo }: Props) {
  const items = useMemo(() => themeItems(comparison), [comparison]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 140,
    overscan: 4,
  });
  const themes = comparison.themes;
  useEffect(() => {
    if (!scrollTo) return;
    const at = items.findIndex((item) => item.kind === 'topic' && item.topic === scrollTo.topic);
    if (at >= 0) virtualizer.scrollToIndex(at, { align: 'start' });
  }, [scrollTo, items, virtualizer]);
  if (!themes) return null;
  return (
    <div role="table" aria-label="Passages by theme" aria-rowcount={items.length + 1} className="compare-rows theme-rows">
      <CompareHeadRow comparison={comparison} />
      <div role="rowgroup" ref={scroller} className="compare-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const item = items[v.index];
            const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` };
            const common = { role: 'row', ref: virtualizer.measureElement, 'data-index': v.index, 'aria-rowindex': v.index + 2, style };
            if (item.kind === 'topic') {
              const topic = themes.topics[item.topic];
              return (
                <div key={v.index} {...common} className="compare-row topic-row">
                  <div role="rowheader">
                    <h3>{topic.label}</h3>
                  </div>
                  <span className="muted">
                    {plural(topic.left.length, 'passage')} left · {topic.right.length} right
                  </span>
                </div>
              );
            }
            if (item.kind === 'pair') {
              return (
                <div key={v.index} {...common} className="compare-row theme-pair">
                  <PairRow comparison={comparison} pair={themes.pairs[item.pair]} onSimilar={onSimilar} />
                </div>
              );
            }
            if (item.kind === 'only-heading') {
              return (
                <div key={v.index} {...common} className="compare-row topic-row only-heading">
                  <div role="rowheader">
                    <h3>{item.side === 'left' ? 'Only on the left' : 'Only on the right'}</h3>
                  </div>
                  <span className="muted">{plural(item.count, 'passage')} with no counterpart on the other side</span>
                </div>
              );
            }
            const passage = passageAt(comparison, item.side, item.index);
            return (
              <div key={v.index} {...common} className={`compare-row only-row ${item.side}`}>
                {item.side === 'right' && <div role="cell" className="compare-cell empty-cell" />}
                <PassageCell passage={passage} side={item.side} terms={[]} onSimilar={onSimilar} />
                {item.side === 'left' && <div role="cell" className="compare-cell empty-cell" />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
