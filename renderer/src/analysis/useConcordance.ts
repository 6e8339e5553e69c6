/**
 * The concordance of the search's query, a page at a time: the first page through the window's
 * request hook (shared, and ignored when the query has changed since), further pages appended
 * as the list scrolls.
 */
import { useCallback, useRef, useState } from 'react';
import type { KwicLineJson, KwicResult } from '../../../shared/contract/api';
import { analysisKey } from '../app/requests';
import { useAppState } from '../app/store';
import { api } from '../shared/api';
import { useRequest, type Answer } from '../shared/useRequest';

export type KwicSort = 'date' | 'speaker' | 'left' | 'right';
export type KwicOk = Extract<KwicResult, { status: 'ok' }>;

export const KWIC_PAGE = 100;
/** Characters of context asked for on each side: more than a line shows, so the pane's width decides. */
export const KWIC_WIDTH = 80;
const TYPING_DELAY = 200;

export interface Concordance {
  answer: Answer<KwicResult>;
  lines: KwicLineJson[];
  loadMore(): void;
}

export function useConcordance(sort: KwicSort): Concordance {
  const query = useAppState((s) => s.search.query).trim();
  const key = useAppState((s) => analysisKey('kwic', s, sort));
  const answer = useRequest(
    query ? key : null,
    () => api().concordance({ query, sort, limit: KWIC_PAGE, width: KWIC_WIDTH }),
    TYPING_DELAY,
  );
  const [more, setMore] = useState<{ key: string; lines: KwicLineJson[] }>({ key: '', lines: [] });
  const asking = useRef<string | null>(null);

  const first = answer.data?.status === 'ok' && !answer.loading ? answer.data : null;
  const extra = more.key === key ? more.lines : [];
  const lines = first ? (extra.length ? [...first.lines, ...extra] : first.lines) : [];
  const total = first?.total ?? 0;
  const count = lines.length;

  const loadMore = useCallback(() => {
    // A page that came back short means the end, whatever an estimated total said.
    const ended = first !== null && (first.lines.length < KWIC_PAGE || (extra.length > 0 && extra.length % KWIC_PAGE !== 0));
    if (!first || ended || count >= total || asking.current === key) return;
    asking.current = key;
    void api()
      .concordance({ query, sort, limit: KWIC_PAGE, width: KWIC_WIDTH, offset: count })
      .then((next) => {
        if (asking.current === key) asking.current = null;
        if (!next.ok || next.value.status !== 'ok') return;
        const added = next.value.lines;
        setMore((m) => ({ key, lines: [...(m.key === key ? m.lines : []), ...added] }));
      });
  }, [first, extra.length, count, total, key, query, sort]);

  return { answer, lines, loadMore };
}
