import { useRef, useState } from 'react';
import type { SearchHistogram as Histogram } from '../../../shared/contract/api';
import { formatMonth, formatNumber } from '../shared/format';
import { afterTerm, beforeTerm } from './histogram-edges';

interface Props {
  histogram: Histogram;
  /** The counts are estimated from a sample of the results. */
  estimated?: boolean;
  /** Adds a date to the query: one bar's period, the range brushed across bars, or the dates beyond an edge. */
  onRefine(field: string): void;
}

const label = (key: string): string => (key.length === 7 ? formatMonth(key) : key);

/**
 * Results per year (or month) over the span where the hits are: click a bar for its period, or
 * drag across bars for a range. The few hits dated outside the span are counted at its edges
 * (a click finds them), and those without a date under it.
 */
export function SearchHistogram({ histogram, estimated = false, onRefine }: Props) {
  const max = Math.max(1, ...histogram.buckets.map((b) => b.count));
  const brushStart = useRef<string | null>(null);
  const brushed = useRef(false);
  const [brush, setBrush] = useState<[string, string] | null>(null);
  const keyAt = (x: number, y: number): string | null =>
    (document.elementFromPoint(x, y)?.closest('li[data-key]') as HTMLElement | null)?.dataset.key ?? null;
  const [lo, hi] = brush ? (brush[0] < brush[1] ? brush : [brush[1], brush[0]]) : ['', ''];
  if (histogram.buckets.length === 0) {
    return histogram.undated > 0 ? (
      <p className="hint">{`${estimated ? 'About ' : ''}${formatNumber(histogram.undated)} of the results have no date.`}</p>
    ) : null;
  }
  const first = histogram.buckets[0].key;
  const last = histogram.buckets[histogram.buckets.length - 1].key;
  return (
    <section className="search-histogram-box" aria-label={`Results per ${histogram.unit}`}>
      <h2 className="side-heading">
        {histogram.unit === 'year' ? 'Results per year' : 'Results per month'}
        {estimated ? ' (estimated)' : ''}
      </h2>
      <ul
        className="search-histogram"
        title="Click a bar for that period, or drag across bars for a range"
        onPointerDown={(e) => {
          brushStart.current = keyAt(e.clientX, e.clientY);
          brushed.current = false;
          if (brushStart.current) setBrush([brushStart.current, brushStart.current]);
        }}
        onPointerMove={(e) => {
          const at = brushStart.current && e.buttons ? keyAt(e.clientX, e.clientY) : null;
          if (brushStart.current && at) setBrush([brushStart.current, at]);
        }}
        onPointerUp={(e) => {
          const start = brushStart.current;
          const end = keyAt(e.clientX, e.clientY);
          brushStart.current = null;
          setBrush(null);
          if (start && end && start !== end) {
            brushed.current = true;
            onRefine(`date:${start < end ? start : end}..${start < end ? end : start}`);
          }
        }}
      >
        {histogram.buckets.map((b) => (
          <li key={b.key} data-key={b.key} className={brush && b.key >= lo && b.key <= hi ? 'brushed' : undefined}>
            <button
              type="button"
              title={`${label(b.key)}: ${formatNumber(b.count)}`}
              aria-label={`${label(b.key)}: ${formatNumber(b.count)}`}
              disabled={b.count === 0}
              onClick={() => {
                if (brushed.current) brushed.current = false;
                else onRefine(`date:${b.key}`);
              }}
            >
              <span className="bar" style={{ height: `${Math.max(4, Math.round((b.count / max) * 100))}%` }} />
            </button>
          </li>
        ))}
      </ul>
      <div className="axis" aria-hidden="true">
        <span>{label(first)}</span>
        <span>{label(last)}</span>
      </div>
      {histogram.before + histogram.after + histogram.undated > 0 && (
        <div className="histogram-edges">
          {histogram.before > 0 && (
            <button
              type="button"
              className="link"
              title={`Add ${beforeTerm(first)} to the query`}
              onClick={() => onRefine(beforeTerm(first))}
            >
              {`+${formatNumber(histogram.before)} before ${label(first)}`}
            </button>
          )}
          {histogram.undated > 0 && <span className="undated">{`${formatNumber(histogram.undated)} undated`}</span>}
          {histogram.after > 0 && (
            <button
              type="button"
              className="link after"
              title={`Add ${afterTerm(last)} to the query`}
              onClick={() => onRefine(afterTerm(last))}
            >
              {`+${formatNumber(histogram.after)} after ${label(last)}`}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
