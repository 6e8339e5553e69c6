/**
 * One person's page inside the Speakers tab: their totals, the words most distinctive of them
 * against the rest of the archive (with counts and rates per 10,000 words on both sides), and
 * their documents — each opens the reader at the person's first turn in it. Back, or Escape
 * anywhere on the page, returns to the table as it was.
 */
import { useEffect, useRef, useState } from 'react';
import type { PersonResult } from '../../../shared/contract/api';
import { useAppState, useStore } from '../app/store';
import { api } from '../shared/api';
import { formatDate, formatNumber, plural } from '../shared/format';
import { requestKey, useRequest } from '../shared/useRequest';
import { personQuery } from './queries';
import { formatRate } from './trend-model';
import './person.css';

/** Documents listed at first, and added by each "Show more". */
const STEP = 500;

type Page = Extract<PersonResult, { status: 'ok' }>;

interface Props {
  person: string;
  onBack: () => void;
}

function readNote(page: Page): string {
  const { read } = page;
  const person = read.sampled ? `a sample of ${plural(read.words, 'word')} of theirs` : `all ${plural(read.words, 'word')} of theirs`;
  const rest = read.restSampled ? `a sample of ${plural(read.restWords, 'word')}` : `all ${plural(read.restWords, 'word')}`;
  return `Counted in ${person}, against ${rest} of the rest of the archive.`;
}

function Terms({ page }: { page: Page }) {
  if (page.terms.length === 0) return <p className="person-empty">No word of theirs stands out from the rest of the archive.</p>;
  return (
    <table className="speaker-table person-terms">
      <caption className="visually-hidden">Words most distinctive of {page.person}</caption>
      <thead>
        <tr>
          <th scope="col">Word</th>
          <th scope="col" className="num">
            Times
          </th>
          <th scope="col" className="num">
            Per 10k words
          </th>
          <th scope="col" className="num">
            Rest per 10k
          </th>
          <th scope="col" className="num">
            z
          </th>
        </tr>
      </thead>
      <tbody>
        {page.terms.map((t) => (
          <tr key={t.term}>
            <th scope="row">{t.term}</th>
            <td className="num">{formatNumber(t.count)}</td>
            <td className="num">{formatRate(t.per10k)}</td>
            <td className="num">{formatRate(t.restPer10k)}</td>
            <td className="num">{t.z.toFixed(1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PersonPage({ person, onBack }: Props) {
  const store = useStore();
  const query = useAppState((s) => s.search.query).trim();
  const [limit, setLimit] = useState(STEP);
  const key = useAppState((s) => requestKey('analysis:person', person, limit, s.revision.documents));
  const answer = useRequest(key, () => api().personPage({ person, limit }));
  const page = answer.data?.status === 'ok' ? answer.data : null;
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The page takes the focus when it opens; Escape anywhere on it goes back.
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const element = root.current;
    const keys = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onBack();
    };
    element?.addEventListener('keydown', keys);
    return () => element?.removeEventListener('keydown', keys);
  }, [onBack]);

  const search = () => {
    store.dispatch({ type: 'search/query', query: personQuery(query, person) });
    store.dispatch({ type: 'view/show', view: 'search' });
  };

  return (
    <div className="person-page" ref={root}>
      <div className="research-bar">
        <button type="button" className="tool" onClick={onBack} title="Back to every speaker (Escape)">
          ← Speakers
        </button>
        <span className="research-note" role="status" aria-live="polite">
          {answer.error && <span className="search-error">{answer.error}</span>}
          {answer.data?.status === 'invalid' && <span className="search-error">{answer.data.error}</span>}
          {answer.loading && <span>Reading {person}’s words…</span>}
        </span>
        <span className="research-actions">
          <button type="button" className="tool" onClick={search} title={`Search ${personQuery(query, person)}`}>
            Search their turns
          </button>
        </span>
      </div>
      <div className={answer.stale ? 'person-scroll stale' : 'person-scroll'} aria-busy={answer.loading}>
        <h2 className="person-name" tabIndex={-1} ref={heading}>
          {person}
        </h2>
        {page && (
          <>
            <p className="person-totals">
              {plural(page.documents, 'document')} · {plural(page.turns, 'turn')} · {plural(page.words, 'word')}
              {(page.first || page.last) && ` · ${formatDate(page.first, 'long')} – ${formatDate(page.last, 'long')}`}
            </p>
            <section aria-labelledby="person-terms-heading">
              <h3 id="person-terms-heading">Distinctive words</h3>
              <p className="person-note">
                Words {page.person} uses more than the rest of the archive, by the log-odds z Compare uses (|z| ≥ 1.96, said at least 3
                times, function words left out). {readNote(page)}
              </p>
              <Terms page={page} />
            </section>
            <section aria-labelledby="person-docs-heading">
              <h3 id="person-docs-heading">Documents</h3>
              <table className="speaker-table person-documents">
                <caption className="visually-hidden">Documents where {page.person} speaks; a title opens it at their first turn</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Title</th>
                    <th scope="col" className="num">
                      Turns
                    </th>
                    <th scope="col" className="num">
                      Words
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.documentList.map((d) => (
                    <tr key={d.documentId}>
                      <td className="date">{formatDate(d.date)}</td>
                      <th scope="row">
                        <button
                          type="button"
                          className="person-link person-doc"
                          onClick={() => store.dispatch({ type: 'document/open', id: d.documentId, turn: d.firstTurn })}
                          title={`Open at ${page.person}’s first turn (turn ${d.firstTurn + 1})`}
                        >
                          {d.title || 'Untitled'}
                        </button>
                      </th>
                      <td className="num">{formatNumber(d.turns)}</td>
                      <td className="num">{formatNumber(d.words)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {page.documentList.length < page.documents && (
                <button type="button" className="tool person-more" onClick={() => setLimit((n) => n + STEP)}>
                  Show {formatNumber(Math.min(STEP, page.documents - page.documentList.length))} more of {formatNumber(page.documents)}
                </button>
              )}
            </section>
          </>
        )}
      </div>
    </div>
  );
}
