/**
 * The line above a research view's answer: what it found, or why it found nothing — a query
 * the search language cannot read (with its message), a failure, or no occurrence at all —
 * announced politely to a screen reader.
 */
import type { ReactNode } from 'react';
import type { Answer } from '../shared/useRequest';

type Reply = { status: 'ok' } | { status: 'invalid'; error: string };

interface Props<T extends Reply> {
  answer: Answer<T>;
  /** Said when the answer is ok but holds nothing. */
  empty: string;
  /** The ok answer holds nothing. */
  isEmpty: boolean;
  children: ReactNode;
}

export function ResultNote<T extends Reply>({ answer, empty, isEmpty, children }: Props<T>) {
  const data = answer.data;
  return (
    <span className="research-note" role="status" aria-live="polite">
      {answer.error && <span className="search-error">{answer.error}</span>}
      {data?.status === 'invalid' && (
        <span className="search-error">
          <strong>This query cannot be read:</strong> {data.error}
        </span>
      )}
      {data?.status === 'ok' && (isEmpty ? <span>{empty}</span> : children)}
      {answer.loading && <span aria-hidden="true"> …</span>}
    </span>
  );
}
