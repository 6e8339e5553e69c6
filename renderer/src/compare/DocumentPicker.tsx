/**
 * Choosing one document of thousands by typing: an ARIA combobox whose list shows the
 * documents matching every typed word (in the title or the date), fifty at a time.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentListItem } from '../../../shared/contract/api';
import { formatDate, plural } from '../shared/format';
import '../shared/controls.css';

const SHOWN = 50;

export const documentLabel = (doc: DocumentListItem): string => `${formatDate(doc.date)} · ${doc.title}`;

interface Props {
  label: string;
  value: number;
  documents: DocumentListItem[];
  onChange(id: number): void;
}

export function DocumentPicker({ label, value, documents, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const chosen = documents.find((d) => d.id === value);
  const open = text !== null;

  // Every document once with its searchable text (title, ISO date and the date as shown).
  const index = useMemo(
    () => documents.map((d) => ({ doc: d, hay: `${d.title} ${d.date ?? ''} ${formatDate(d.date)}`.toLowerCase() })),
    [documents],
  );
  const matches = useMemo(() => {
    if (text === null) return [];
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    const out: DocumentListItem[] = [];
    for (const { doc, hay } of index) {
      if (words.every((w) => hay.includes(w))) out.push(doc);
      if (out.length > SHOWN) break;
    }
    return out;
  }, [index, text]);
  const shown = matches.slice(0, SHOWN);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  const choose = (doc: DocumentListItem) => {
    setText(null);
    onChange(doc.id);
  };
  const keys = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setText('');
      else if (shown.length) setActive((current + (e.key === 'ArrowDown' ? 1 : -1) + shown.length) % shown.length);
    } else if (e.key === 'Enter' && open && shown[current]) {
      e.preventDefault();
      choose(shown[current]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setText(null);
    }
  };

  return (
    <div className="picker">
      <input
        ref={input}
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[current] ? `${id}-${current}` : undefined}
        placeholder="Type words of the title or a year"
        title={chosen ? documentLabel(chosen) : undefined}
        value={open ? text : chosen ? documentLabel(chosen) : `Document ${value}`}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={keys}
        onBlur={() => setTimeout(() => setText(null), 150)}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" aria-label={`${label} choices`} className="picker-list">
          {shown.map((doc, i) => (
            // The combobox takes the keys for these options (aria-activedescendant); a click chooses one.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={doc.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(doc)}
            >
              <span className="picker-date">{formatDate(doc.date)}</span> <span className="picker-title">{doc.title}</span>
            </li>
          ))}
          {shown.length === 0 && (
            <li role="option" aria-selected="false" aria-disabled="true" className="hint">
              No document matches “{text}”.
            </li>
          )}
          {matches.length > SHOWN && (
            <li role="presentation" className="hint">
              The first {SHOWN} of more; type more words to narrow ({plural(documents.length, 'document')} in all).
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
