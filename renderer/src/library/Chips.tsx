import type { LibraryFilter } from '../../../preload/api';
import { chipsOf } from './filter';

interface Props {
  filter: LibraryFilter;
  collectionName?: string;
  onChange(filter: LibraryFilter): void;
  onSave(): void;
}

/** The active filters as removable chips. */
export function Chips({ filter, collectionName, onChange, onSave }: Props) {
  const chips = chipsOf(filter, collectionName);
  if (chips.length === 0) return null;
  return (
    <div className="chips" role="group" aria-label="Active filters">
      <ul>
        {chips.map((chip) => (
          <li key={chip.key} className="chip">
            <span>{chip.label}</span>
            <button type="button" aria-label={`Remove filter ${chip.label}`} onClick={() => onChange(chip.remove(filter))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link" onClick={() => onChange({})}>
        Clear all
      </button>
      <button type="button" className="link" onClick={onSave}>
        Save filter…
      </button>
    </div>
  );
}
