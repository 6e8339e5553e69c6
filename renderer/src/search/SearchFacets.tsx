import { useRef, useState } from 'react';
import type { SearchFacets as Facets, SearchHistogram } from '../../../preload/api';

interface Props {
  facets: Facets;
  histogram: SearchHistogram;
  /** Adds a field to the query, e.g. speaker:"Vladimir Putin" or date:2019. */
  onRefine(field: string): void;
}

const TITLES: [keyof Facets, string, string][] = [
  ['speaker', 'Speakers', 'speaker'],
  ['topic', 'Topics', 'topic'],
  ['person', 'Persons', 'person'],
  ['place', 'Places', 'place'],
  ['year', 'Years', 'date'],
];

const quote = (v: string): string => (/[\s"():]/.test(v) ? `"${v.replace(/"/g, '')}"` : v);

/** Facet counts of the current results (documents per value), and the date histogram. */
export function SearchFacets({ facets, histogram, onRefine }: Props) {
  const max = Math.max(1, ...histogram.buckets.map((b) => b.count));
  // Brushing: press on one bar, release on another, and the query gets that date range.
  const brushStart = useRef<string | null>(null);
  const brushed = useRef(false);
  const [brush, setBrush] = useState<[string, string] | null>(null);
  const keyAt = (x: number, y: number): string | null =>
    (document.elementFromPoint(x, y)?.closest('li[data-key]') as HTMLElement | null)?.dataset.key ?? null;
  const inBrush = (key: string): boolean => brush !== null && key >= (brush[0] < brush[1] ? brush[0] : brush[1]) && key <= (brush[0] < brush[1] ? brush[1] : brush[0]);
  return (
    <div className="search-facets">
      {histogram.buckets.length > 0 && (
        <section aria-label={`Results per ${histogram.unit}`}>
          <h3>{histogram.unit === 'year' ? 'Per year' : 'Per month'}</h3>
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
              <li key={b.key} data-key={b.key} className={inBrush(b.key) ? 'brushed' : undefined}>
                <button
                  type="button"
                  title={`${b.key}: ${b.count}`}
                  aria-label={`${b.key}: ${b.count}`}
                  disabled={b.count === 0}
                  onClick={() => {
                    if (brushed.current) brushed.current = false;
                    else onRefine(`date:${b.key}`);
                  }}
                >
                  <span className="bar" style={{ height: `${Math.round((b.count / max) * 100)}%` }} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {TITLES.map(([kind, title, field]) =>
        facets[kind].length === 0 ? null : (
          <section key={kind} aria-label={title}>
            <h3>{title}</h3>
            <ul>
              {facets[kind].map((f) => (
                <li key={f.value}>
                  <button type="button" className="facet-value" onClick={() => onRefine(`${field}:${quote(f.value)}`)}>
                    <span>{f.value}</span> <span className="count">{f.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}
