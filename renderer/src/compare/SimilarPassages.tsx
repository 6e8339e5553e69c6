import { api } from '../shared/api';
import { formatDate, formatNumber } from '../shared/format';
import { requestKey, useRequest } from '../shared/useRequest';
import { percent } from './highlight';

export interface SimilarPassagesProps {
  documentId: number;
  turn: number;
  paragraph: number;
  /** Opens a document at a paragraph (the app's reader). */
  onOpen?(documentId: number, turn: number, paragraph: number): void;
  onClose(): void;
}

/** Passages anywhere in the archive that say nearly the same as one paragraph. */
export function SimilarPassages({ documentId, turn, paragraph, onOpen, onClose }: SimilarPassagesProps) {
  const answer = useRequest(requestKey('similar', documentId, turn, paragraph), () =>
    api().findSimilarPassages({ documentId, turn, paragraph }),
  );
  const result = answer.loading ? null : (answer.data ?? null);
  const error = answer.error;

  return (
    <aside className="similar-panel" aria-label="Similar passages">
      <header>
        <h3>Similar passages</h3>
        <button type="button" className="tool" onClick={onClose} aria-label="Close similar passages" title="Close">
          ×
        </button>
      </header>
      {error && <p className="error">{error}</p>}
      {!result && !error && (
        <p className="busy">
          <progress aria-label="Searching the archive" /> Searching the archive (the first search builds an index)…
        </p>
      )}
      {result && (
        <>
          <blockquote className="similar-query">{result.query.text}</blockquote>
          <p className="muted">
            {result.note
              ? result.note
              : result.hits.length === 0
                ? 'No passage in the archive says nearly the same.'
                : `${formatNumber(result.hits.length)} similar of ${formatNumber(result.indexedPassages)} paragraphs`}
            {result.indexBuildMs !== null && ` · index built in ${(result.indexBuildMs / 1000).toFixed(1)} s`}
          </p>
          <ol aria-label="Similar passages found" className="similar-hits">
            {result.hits.map((hit) => (
              <li key={`${hit.documentId}-${hit.turn}-${hit.paragraph}`}>
                <div className="hit-head">
                  <span
                    className="hit-score"
                    title={`Jaccard similarity of word triples; ${percent(hit.containment)} of the query's triples found here`}
                  >
                    {percent(hit.similarity)}
                  </span>
                  <span className="hit-title">{hit.title}</span>
                  <span className="hit-date">{formatDate(hit.date)}</span>
                </div>
                {hit.speaker && <div className="cell-speaker">{hit.speaker}</div>}
                <p>{hit.text}</p>
                {onOpen && (
                  <button type="button" className="link-button" onClick={() => onOpen(hit.documentId, hit.turn, hit.paragraph)}>
                    Open
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
