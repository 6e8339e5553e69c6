/**
 * Who says it: for the query, each person's occurrences, rate per 10,000 of their words,
 * documents, first and last time; without a query, everyone's documents, turns, words, first
 * and last appearance. Sortable by any column; a person opens Search on what they say.
 */
import { useState } from 'react';
import { analysisKey } from '../app/requests';
import { useAppState, useStore } from '../app/store';
import { api } from '../shared/api';
import { formatDate, formatNumber, plural } from '../shared/format';
import { useRequest } from '../shared/useRequest';
import { fileName } from './csv';
import { ResultNote } from './ResultNote';
import { saveText } from './save';
import { personQuery } from './queries';
import { sortSpeakers, speakersCsv, type SpeakerColumn, type SpeakerSort } from './speaker-table';
import { formatRate } from './trend-model';

const LIMIT = 2000;

interface Column {
  column: SpeakerColumn;
  label: string;
  /** Shown only with a query (counts of the query's words). */
  withQuery?: boolean;
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { column: 'person', label: 'Person' },
  { column: 'matches', label: 'Times', withQuery: true, numeric: true },
  { column: 'per10k', label: 'Per 10k words', withQuery: true, numeric: true },
  { column: 'documents', label: 'Documents', numeric: true },
  { column: 'turns', label: 'Turns', numeric: true },
  { column: 'words', label: 'Words', numeric: true },
  { column: 'first', label: 'First' },
  { column: 'last', label: 'Last' },
];

export function SpeakersPanel() {
  const store = useStore();
  const query = useAppState((s) => s.search.query).trim();
  const key = useAppState((s) => analysisKey('speakers', s));
  const answer = useRequest(key, () => api().speakerTable(query ? { query, limit: LIMIT } : { limit: LIMIT }), 200);
  const [sort, setSort] = useState<SpeakerSort | null>(null);
  const ok = answer.data?.status === 'ok' ? answer.data : null;
  const columns = COLUMNS.filter((c) => !c.withQuery || query);
  // Without a choice: most occurrences first with a query, most words without.
  const order: SpeakerSort =
    sort && columns.some((c) => c.column === sort.column) ? sort : { column: query ? 'matches' : 'words', direction: 'desc' };
  const rows = ok ? sortSpeakers(ok.speakers, order) : [];

  const sortBy = (column: SpeakerColumn, numeric: boolean) =>
    setSort(
      order.column === column
        ? { column, direction: order.direction === 'asc' ? 'desc' : 'asc' }
        : { column, direction: numeric ? 'desc' : 'asc' },
    );
  const openPerson = (person: string) => {
    store.dispatch({ type: 'search/query', query: personQuery(query, person) });
    store.dispatch({ type: 'view/show', view: 'search' });
  };

  return (
    <>
      <div className="research-bar">
        <ResultNote
          answer={answer}
          empty={query ? `Nobody in the archive says ${query}.` : 'The archive has no speakers yet: import transcripts first.'}
          isEmpty={rows.length === 0}
        >
          {ok &&
            (query ? `${plural(ok.total, 'person', 'people')} say it` : `${plural(ok.total, 'person', 'people')} speak in the archive`)}
          {ok && ok.total > rows.length && ` · the first ${formatNumber(rows.length)} shown`}
        </ResultNote>
        <span className="research-actions">
          <button
            type="button"
            className="tool"
            disabled={!rows.length}
            onClick={() => saveText(store, speakersCsv(rows), fileName('Speakers', query, 'csv'), 'csv')}
            title="Save the table as CSV"
          >
            CSV
          </button>
        </span>
      </div>
      {rows.length > 0 && (
        <div className={answer.stale ? 'speaker-scroll stale' : 'speaker-scroll'} aria-busy={answer.loading}>
          <table className="speaker-table">
            <caption className="visually-hidden">
              {query ? `Who says ${query}` : 'Every speaker in the archive'}; choose a person to search what they say
            </caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th
                    key={c.column}
                    scope="col"
                    className={c.numeric ? 'num' : undefined}
                    aria-sort={order.column === c.column ? (order.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <button type="button" className="sort-button" onClick={() => sortBy(c.column, !!c.numeric)}>
                      {c.label}
                      <span aria-hidden="true">{order.column === c.column ? (order.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.person}>
                  <th scope="row">
                    <button
                      type="button"
                      className="person-link"
                      onClick={() => openPerson(r.person)}
                      title={`Search ${personQuery(query, r.person)}`}
                    >
                      {r.person}
                    </button>
                  </th>
                  {query && <td className="num">{formatNumber(r.matches ?? 0)}</td>}
                  {query && <td className="num">{formatRate(r.per10k)}</td>}
                  <td className="num">{formatNumber(r.documents)}</td>
                  <td className="num">{formatNumber(r.turns)}</td>
                  <td className="num">{formatNumber(r.words)}</td>
                  <td className="date">{formatDate(r.first)}</td>
                  <td className="date">{formatDate(r.last)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
