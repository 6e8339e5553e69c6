/**
 * The concordance: every occurrence of the query as a line, the match in one column with its
 * left context set against it and its right context after it, and the speaker, date and title
 * under each. Sorted by date, speaker, or the words beside the match; loaded a page at a time
 * as the list scrolls; a line opens the reader at its turn with the match found.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { KwicLineJson } from '../../../shared/contract/api';
import { useAppState, useStore } from '../app/store';
import { formatDate, formatNumber, plural } from '../shared/format';
import { useTopForNewKey } from '../shared/useTopForNewKey';
import { copyLines, exportConcordance } from './kwic-export';
import { NoQuery } from './NoQuery';
import { ResultNote } from './ResultNote';
import { useConcordance, type KwicSort } from './useConcordance';
import { ResearchActions } from './ResearchActions';

const SORTS: { sort: KwicSort; label: string }[] = [
  { sort: 'date', label: 'date (oldest first)' },
  { sort: 'speaker', label: 'speaker' },
  { sort: 'left', label: 'words before (1st–3rd)' },
  { sort: 'right', label: 'words after (1st–3rd)' },
];

/** A context on one line: its line breaks and runs of spaces as one space (the spaces beside the match are kept). */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

function Line({ line, opened, onOpen }: { line: KwicLineJson; opened: boolean; onOpen(): void }) {
  return (
    <button type="button" className="kwic-line" data-opened={opened || undefined} onClick={onOpen}>
      <span className="kwic-context">
        <span className="kwic-left">
          <span>{flat(line.left)}</span>
        </span>
        <span className="kwic-after">
          <mark className="kwic-match">{flat(line.match)}</mark>
          <span className="kwic-right">{flat(line.right)}</span>
        </span>
      </span>
      <span className="kwic-source">
        {line.speaker && <span className="kwic-speaker">{line.speaker}</span>}
        <span className="kwic-date">{formatDate(line.date)}</span>
        <span className="kwic-title">{line.title}</span>
      </span>
    </button>
  );
}

export function ConcordancePanel() {
  const store = useStore();
  const query = useAppState((s) => s.search.query).trim();
  const [sort, setSort] = useState<KwicSort>('date');
  const { answer, lines, loadMore } = useConcordance(sort);
  const [opened, setOpened] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 48,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.length ? items[items.length - 1].index : -1;
  const ok = answer.data?.status === 'ok' ? answer.data : null;
  const total = ok?.total ?? 0;
  useEffect(() => {
    if (last >= lines.length - 20) loadMore();
  }, [last, lines.length, loadMore]);
  // Another order or query starts at the top of its lines (the list is empty while they load).
  useTopForNewKey(virtualizer, `${sort}:${query}`, lines.length > 0);

  if (!query)
    return (
      <NoQuery title="Concordance">
        Every occurrence of a word or phrase as a line, aligned on the match, with who said it, when and where.
      </NoQuery>
    );

  const open = (line: KwicLineJson, index: number) => {
    setOpened(`${line.documentId}:${line.turnIndex}:${index}`);
    store.dispatch({ type: 'document/open', id: line.documentId, turn: line.turnIndex, find: line.match });
  };

  return (
    <>
      <div className="research-bar">
        <ResultNote answer={answer} empty={`No occurrences of ${query}.`} isEmpty={total === 0}>
          {ok && (
            <>
              {ok.estimated ? 'about ' : ''}
              {plural(ok.total, 'occurrence')} in {plural(ok.turns, 'turn')}
              {ok.sortedAmong !== null && ` · sorted among the first ${formatNumber(ok.sortedAmong)} by date`}
            </>
          )}
        </ResultNote>
        <label className="research-option">
          Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as KwicSort)}>
            {SORTS.map((s) => (
              <option key={s.sort} value={s.sort}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <ResearchActions
          actions={[
            {
              label: 'Copy lines',
              title: 'Copy the loaded lines, aligned on the match',
              disabled: !lines.length,
              run: () => void copyLines(store, lines),
            },
            {
              label: 'CSV',
              title: 'Save every line as CSV, with title, date, URL and attribution',
              disabled: !total,
              run: () => void exportConcordance(store, query, sort, 'csv'),
            },
            {
              label: 'JSON',
              title: 'Save every line as JSON',
              disabled: !total,
              run: () => void exportConcordance(store, query, sort, 'json'),
            },
          ]}
        />
      </div>
      {lines.length > 0 && (
        <div ref={scroller} className={answer.stale ? 'kwic-list stale' : 'kwic-list'} aria-busy={answer.loading}>
          <ol className="kwic-lines" aria-label="Concordance lines" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const line = lines[item.index];
              return (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <Line
                    line={line}
                    opened={opened === `${line.documentId}:${line.turnIndex}:${item.index}`}
                    onOpen={() => open(line, item.index)}
                  />
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {lines.length > 0 && lines.length < total && (
        <p className="research-foot">
          {formatNumber(lines.length)} of {formatNumber(total)} lines loaded; more load as you scroll.
        </p>
      )}
    </>
  );
}
