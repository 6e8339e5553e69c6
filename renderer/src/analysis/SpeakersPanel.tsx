/**
 * Who says it: for the query, each person's occurrences, rate per 10,000 of their words,
 * documents, first and last time; without a query, everyone's documents, turns, words, first
 * and last appearance, and the most distinctive words of those who speak most (asked for once
 * the table is shown: they take longer). Sortable by any column; a person opens their page
 * (PersonPage.tsx), and Back returns to the table as it was.
 */
import { useCallback, useState } from 'react';
import { PERSON_TERMS_ROWS } from '../../../shared/contract/names';
import { analysisKey } from '../app/requests';
import { useAppState, useStore } from '../app/store';
import { api } from '../shared/api';
import { formatDate, formatNumber, plural } from '../shared/format';
import { useRequest } from '../shared/useRequest';
import { fileName } from './csv';
import { ResultNote } from './ResultNote';
import { saveText } from './save';
import { PersonPage } from './PersonPage';
import { sortSpeakers, speakersCsv, speakersJson, type SpeakerColumn, type SpeakerSort } from './speaker-table';
import { formatRate } from './trend-model';
import { ResearchActions } from './ResearchActions';

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
  const [person, setPerson] = useState<string | null>(null);
  const ok = answer.data?.status === 'ok' ? answer.data : null;
  // Without a query, the first persons' distinctive words, asked for once the table is there.
  const termsKey = useAppState((s) => (query || !ok ? null : analysisKey('speakers', s, 'terms')));
  const termsAnswer = useRequest(termsKey, () => api().speakerTable({ limit: PERSON_TERMS_ROWS, terms: 3 }));
  const terms = new Map<string, string[]>();
  if (termsAnswer.data?.status === 'ok') for (const r of termsAnswer.data.speakers) if (r.terms) terms.set(r.person, r.terms);
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
  // Back from a page: the table as it was, the focus on the person's name.
  const back = useCallback(() => {
    setPerson((was) => {
      if (was !== null)
        requestAnimationFrame(() =>
          document.querySelector<HTMLButtonElement>(`.speaker-table button[data-person="${CSS.escape(was)}"]`)?.focus(),
        );
      return null;
    });
  }, []);

  return (
    <>
      {person !== null && <PersonPage person={person} onBack={back} />}
      <div className="speakers-list" hidden={person !== null}>
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
          <ResearchActions
            actions={[
              {
                label: 'CSV',
                title: 'Save the table as CSV',
                disabled: !rows.length,
                run: () => saveText(store, speakersCsv(rows), fileName('Speakers', query, 'csv'), 'csv'),
              },
              {
                label: 'JSON',
                title: 'Save the table as JSON, in the table’s order, with the query',
                disabled: !rows.length,
                run: () => ok && saveText(store, speakersJson(query, ok.total, rows), fileName('Speakers', query, 'json'), 'json'),
              },
            ]}
          />
        </div>
        {rows.length > 0 && (
          <div className={answer.stale ? 'speaker-scroll stale' : 'speaker-scroll'} aria-busy={answer.loading}>
            <table className="speaker-table">
              <caption className="visually-hidden">
                {query ? `Who says ${query}` : 'Every speaker in the archive'}; choose a person to open their page
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
                        data-person={r.person}
                        onClick={() => setPerson(r.person)}
                        title={`Open ${r.person}’s page`}
                      >
                        {r.person}
                      </button>
                      {!query && terms.has(r.person) && (
                        <span className="speaker-terms" title={`The words most distinctive of ${r.person}`}>
                          {terms.get(r.person)?.join(' · ')}
                        </span>
                      )}
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
      </div>
    </>
  );
}
