import type { ReactNode } from 'react';
import type { HighlightRange } from '../../../shared/contract/api';

/** Text with some ranges marked — rendered as text nodes and <mark>, never as HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: HighlightRange[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach((r, i) => {
    if (r.start < at || r.end > text.length || r.start >= r.end) return;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={i}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
