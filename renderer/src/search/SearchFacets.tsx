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
  return (
    <div className="search-facets">
      {histogram.buckets.length > 0 && (
        <section aria-label={`Results per ${histogram.unit}`}>
          <h3>{histogram.unit === 'year' ? 'Per year' : 'Per month'}</h3>
          <ul className="search-histogram">
            {histogram.buckets.map((b) => (
              <li key={b.key}>
                <button type="button" title={`${b.key}: ${b.count}`} aria-label={`${b.key}: ${b.count}`} disabled={b.count === 0} onClick={() => onRefine(`date:${b.key}`)}>
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
