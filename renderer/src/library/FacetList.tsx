import { useState } from 'react';
import type { FacetCount, FacetKind } from '../../../shared/contract/api';
import { formatNumber } from '../shared/format';
import { FACET_LABELS } from './filter';

interface Props {
  kind: FacetKind;
  counts: FacetCount[];
  selected: string[];
  onToggle(value: string): void;
  /** The counts are estimated from a sample: shown as "~1,200". */
  estimated?: boolean;
}

const SHOWN = 6;

/** One facet: its values with counts as checkboxes (OR within the facet). */
export function FacetList({ kind, counts, selected, onToggle, estimated = false }: Props) {
  const [more, setMore] = useState(false);
  if (counts.length === 0 && selected.length === 0) return null;
  const shown = more ? counts : counts.filter((c, i) => i < SHOWN || selected.includes(c.value));
  const label = FACET_LABELS[kind];
  return (
    <fieldset className="facet">
      <legend className="side-heading">{label}</legend>
      <ul aria-label={`${label} facet`}>
        {shown.map((c) => (
          <li key={c.value}>
            <label className={c.count === 0 ? 'zero' : undefined}>
              <input type="checkbox" checked={selected.includes(c.value)} onChange={() => onToggle(c.value)} />
              <span className="facet-value">{c.label ?? c.value}</span>
              <span className="count" title={estimated ? `About ${formatNumber(c.count)} (estimated)` : undefined}>
                {estimated ? '~' : ''}
                {formatNumber(c.count)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {counts.length > SHOWN && (
        <button type="button" className="link" aria-expanded={more} onClick={() => setMore(!more)}>
          {more ? 'Fewer' : `More ${label.toLowerCase()} values`}
        </button>
      )}
    </fieldset>
  );
}
