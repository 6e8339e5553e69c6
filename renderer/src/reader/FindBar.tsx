import { useEffect, useRef } from 'react';

interface Props {
  query: string;
  current: number;
  total: number;
  onQuery(query: string): void;
  onStep(direction: 1 | -1): void;
  onClose(): void;
  /** Bumped to move focus back into the box (Ctrl+F again). */
  focusToken: number;
}

/** Find in document: hit count, next/previous (Enter / Shift+Enter), Esc closes. */
export function FindBar({ query, current, total, onQuery, onStep, onClose, focusToken }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusToken]);
  return (
    <div className="find-bar" role="search" aria-label="Find in document">
      <input
        ref={input}
        type="search"
        aria-label="Find in document"
        placeholder="Find in document"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {query ? (total ? `${current + 1} of ${total}` : 'No matches') : ''}
      </span>
      <button type="button" aria-label="Previous match" disabled={!total} onClick={() => onStep(-1)}>
        ↑
      </button>
      <button type="button" aria-label="Next match" disabled={!total} onClick={() => onStep(1)}>
        ↓
      </button>
      <button type="button" aria-label="Close find" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
