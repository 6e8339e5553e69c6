import type { SearchGroup } from '../../../shared/contract/api';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../shared/format';
import { Highlighted } from './Highlighted';
import { matchedInText, turnsText } from './summary';

interface Props {
  groups: SearchGroup[];
  /** How many documents match in all (more are loaded as the list scrolls). */
  total: number;
  onNeedMore(): void;
  /** Opens a document, at a turn when one is given, with the words the hit matched (for the reader's find). */
  onOpen(documentId: number, turnIndex?: number, words?: string): void;
}

/** The first marked words of a snippet, e.g. "strategic partnership" (adjacent marks joined). */
function firstMark(text: string, ranges: { start: number; end: number }[]): string | undefined {
  if (ranges.length === 0) return undefined;
  let end = ranges[0].end;
  for (const r of ranges.slice(1)) {
    if (/^\s*$/.test(text.slice(end, r.start))) end = r.end;
    else break;
  }
  return text.slice(ranges[0].start, end);
}

/**
 * Hits grouped by document: title, date, place, where it matched (title, lead, tags) and how many
 * of its turns, and the best turns with marked words — or, when no turn matched, the lead.
 */
export function SearchResults({ groups, total, onOpen, onNeedMore }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  /** The hit opened last: Esc in the reader brings the focus back to it. */
  const [opened, setOpened] = useState<string | null>(null);
  const open = (key: string, documentId: number, turn?: number, words?: string) => {
    setOpened(key);
    onOpen(documentId, turn, words);
  };
  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 180,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.length ? items[items.length - 1].index : -1;
  useEffect(() => {
    if (last >= groups.length - 8 && groups.length < total) onNeedMore();
  }, [last, groups.length, total, onNeedMore]);

  return (
    <div ref={scroller} className="search-list">
      <ol className="search-results" aria-label="Search results" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const g = groups[item.index];
          // "matched in title · lead · 3 matching turns": each part only when it holds.
          const where = matchedInText(g.matchedIn);
          const turns = turnsText(g);
          return (
            <li
              key={g.documentId}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="search-group"
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
            >
              <button
                type="button"
                className="search-title"
                data-opened={opened === `${g.documentId}` || undefined}
                onClick={() => open(`${g.documentId}`, g.documentId)}
              >
                <Highlighted text={g.title} ranges={g.titleHighlights} />
              </button>
              <div className="search-meta">
                {g.date && <span>{formatDate(g.date)}</span>}
                {g.place && <span>{g.place}</span>}
                {(where || turns) && <span className="search-where">{[where, turns].filter(Boolean).join(' · ')}</span>}
              </div>
              {g.turns.map((t) => (
                <button
                  key={t.turnIndex}
                  type="button"
                  className="search-hit"
                  data-opened={opened === `${g.documentId}:${t.turnIndex}` || undefined}
                  onClick={() =>
                    open(`${g.documentId}:${t.turnIndex}`, g.documentId, t.turnIndex, firstMark(t.snippet.text, t.snippet.highlights))
                  }
                >
                  {t.speaker && <span className="search-speaker">{t.speaker}</span>}
                  <span className="search-snippet">
                    <Highlighted text={t.snippet.text} ranges={t.snippet.highlights} />
                  </span>
                </button>
              ))}
              {/* A title as its own snippet is already shown above: it is not repeated. */}
              {g.turns.length === 0 && g.snippetFrom !== 'title' && (
                <p className="search-lead">
                  <Highlighted text={g.snippet.text} ranges={g.snippet.highlights} />
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
