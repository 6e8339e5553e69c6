import { collectionsKey } from '../app/requests';
import { useAppState, useDispatch } from '../app/store';
import { api } from '../shared/api';
import { useRequest } from '../shared/useRequest';
import { chipsOf } from './filter';

/** The active filters as removable chips, with Clear all and Save filter…. */
export function Chips() {
  const dispatch = useDispatch();
  const filter = useAppState((s) => s.filter);
  const key = useAppState((s) => (s.filter.collection !== undefined ? collectionsKey(s) : null));
  const collections = useRequest(key, () => api().listCollections()).data;
  const chips = chipsOf(filter, collections?.find((c) => c.id === filter.collection)?.name);
  if (chips.length === 0) return null;
  return (
    <div className="chips" role="group" aria-label="Active filters">
      <ul>
        {chips.map((chip) => (
          <li key={chip.key} className="chip">
            <span>{chip.label}</span>
            <button
              type="button"
              aria-label={`Remove filter ${chip.label}`}
              onClick={() => dispatch({ type: 'filter/set', filter: chip.remove(filter) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link" onClick={() => dispatch({ type: 'filter/set', filter: {} })}>
        Clear all
      </button>
      <button type="button" className="link" onClick={() => dispatch({ type: 'dialog/open', dialog: { kind: 'save-filter' } })}>
        Save filter…
      </button>
    </div>
  );
}
