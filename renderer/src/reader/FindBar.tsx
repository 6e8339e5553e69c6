import { useEffect, useRef } from 'react';
import { formatNumber } from '../shared/format';
import { Icon } from '../shared/Icon';

interface Props {
  query: string;
  current: number;
  total: number;
  onQuery(query: string): void;
  onStep(direction: 1 | -1): void;
  onClose(): void;
}

/** Find in document: hit count, next/previous (Enter / Shift+Enter), Esc closes. */
export function FindBar({ query, current, total, onQuery, onStep, onClose }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // Opening the bar puts the focus in it (Ctrl+F again does so through the find command).
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
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
        {query ? (total ? `${formatNumber(current + 1)} of ${formatNumber(total)}` : 'No matches') : ''}
      </span>
      <button
        type="button"
        className="tool"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={!total}
        onClick={() => onStep(-1)}
      >
        <Icon name="up" />
      </button>
      <button type="button" className="tool" aria-label="Next match" title="Next match (Enter)" disabled={!total} onClick={() => onStep(1)}>
        <Icon name="down" />
      </button>
      <button type="button" className="tool" aria-label="Close find" title="Close (Esc)" onClick={onClose}>
        <Icon name="close" />
      </button>
    </div>
  );
}
