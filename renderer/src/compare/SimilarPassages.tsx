import { useEffect, useState } from 'react';
import type { SimilarResult } from '../../../preload/api';
import { api, unwrap } from '../api';
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
  const [result, setResult] = useState<SimilarResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setResult(null);
    setError(null);
    unwrap(api().findSimilarPassages({ documentId, turn, paragraph })).then(
      (value) => live && setResult(value),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [documentId, turn, paragraph]);

  return (
    <aside className="similar-panel" aria-label="Similar passages">
      <header>
        <h3>Similar passages</h3>
        <button type="button" onClick={onClose} aria-label="Close similar passages">
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
            {result.hits.length === 0 ? 'No passage in the archive says nearly the same.' : `${result.hits.length} similar of ${result.indexedPassages.toLocaleString('en')} paragraphs`}
            {result.indexBuildMs !== null && ` · index built in ${(result.indexBuildMs / 1000).toFixed(1)} s`}
          </p>
          <ol aria-label="Similar passages found" className="similar-hits">
            {result.hits.map((hit) => (
              <li key={`${hit.documentId}-${hit.turn}-${hit.paragraph}`}>
                <div className="hit-head">
                  <span className="hit-score" title={`Jaccard similarity of word triples; ${percent(hit.containment)} of the query's triples found here`}>
                    {percent(hit.similarity)}
                  </span>
                  <span className="hit-title">{hit.title}</span>
                  <span className="hit-date">{hit.date ?? 'undated'}</span>
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
