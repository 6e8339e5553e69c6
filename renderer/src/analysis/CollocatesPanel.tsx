/**
 * Collocates: the words said within a few words of the query's matches more often than their
 * frequency in the archive predicts, ranked by Dunning's log-likelihood (G²), with the counts.
 * A word opens the concordance of the query with that word near it.
 */
import { useState } from 'react';
import { analysisKey } from '../app/requests';
import { useAppState, useStore } from '../app/store';
import { api } from '../shared/api';
import { formatNumber, plural } from '../shared/format';
import { useRequest } from '../shared/useRequest';
import { collocatesCsv, collocatesJson } from './collocates-table';
import { fileName } from './csv';
import { nearQuery } from './queries';
import { NoQuery } from './NoQuery';
import { ResultNote } from './ResultNote';
import { saveText } from './save';
import { ResearchActions } from './ResearchActions';

const WINDOWS = [3, 5, 10];

export function CollocatesPanel() {
  const store = useStore();
  const query = useAppState((s) => s.search.query).trim();
  const [span, setSpan] = useState(5);
  const [stopwords, setStopwords] = useState(false);
  const key = useAppState((s) => analysisKey('collocates', s, span, stopwords));
  const answer = useRequest(query ? key : null, () => api().collocates({ query, window: span, stopwords, limit: 100, minCount: 2 }), 200);
  const ok = answer.data?.status === 'ok' ? answer.data : null;
  const rows = ok?.collocates ?? [];

  if (!query)
    return (
      <NoQuery title="Collocates">
        The words that keep company with a word or phrase — said within a few words of it far more often than chance would have it.
      </NoQuery>
    );

  const near = (word: string) => {
    store.dispatch({ type: 'search/query', query: nearQuery(query, word, span) });
    store.dispatch({ type: 'research/show', tab: 'kwic' });
  };

  return (
    <>
      <div className="research-bar">
        <ResultNote
          answer={answer}
          empty={ok?.matches ? `No word keeps company with ${query} often enough to count.` : `No occurrences of ${query}.`}
          isEmpty={rows.length === 0}
        >
          {ok &&
            `${plural(rows.length, 'word')} near ${plural(ok.matches, 'occurrence')}${ok.sampled ? ' (from the earliest turns of a very large result)' : ''}`}
        </ResultNote>
        <label className="research-option">
          Within{' '}
          <select value={span} onChange={(e) => setSpan(Number(e.target.value))}>
            {WINDOWS.map((w) => (
              <option key={w} value={w}>
                {w} words
              </option>
            ))}
          </select>
        </label>
        <label className="research-option">
          <input type="checkbox" checked={stopwords} onChange={(e) => setStopwords(e.target.checked)} /> Include function words
        </label>
        <ResearchActions
          actions={[
            {
              label: 'CSV',
              title: 'Save the list as CSV',
              disabled: !rows.length,
              run: () => saveText(store, collocatesCsv(rows), fileName('Collocates', query, 'csv'), 'csv'),
            },
            {
              label: 'JSON',
              title: 'Save the list as JSON: each word’s counts and G², with the query and window',
              disabled: !ok || !rows.length,
              run: () =>
                ok &&
                saveText(store, collocatesJson({ query, window: span, stopwords }, ok), fileName('Collocates', query, 'json'), 'json'),
            },
          ]}
        />
      </div>
      {rows.length > 0 && (
        <div className={answer.stale ? 'speaker-scroll stale' : 'speaker-scroll'} aria-busy={answer.loading}>
          <table className="speaker-table collocates-table">
            <caption className="visually-hidden">Words near {query}, by log-likelihood; choose a word for the concordance of both</caption>
            <thead>
              <tr>
                <th scope="col">Word</th>
                <th scope="col" className="num" title="Times within the window of a match">
                  Near
                </th>
                <th scope="col" className="num" title="Times in the whole archive">
                  In archive
                </th>
                <th scope="col" className="num" title="Dunning’s log-likelihood; above 10.83 is p < 0.001">
                  G²
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.word}>
                  <th scope="row">
                    <button
                      type="button"
                      className="person-link"
                      onClick={() => near(c.word)}
                      title={`Concordance of ${nearQuery(query, c.word, span)}`}
                    >
                      {c.word}
                    </button>
                  </th>
                  <td className="num">{formatNumber(c.count)}</td>
                  <td className="num">{formatNumber(c.corpus)}</td>
                  <td className="num">{c.g2.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
