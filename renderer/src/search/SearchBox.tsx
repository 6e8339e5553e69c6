import { useState, type KeyboardEvent } from 'react';
import type { Suggestion } from '../../../shared/contract/api';
import { useSuggestions } from './useSearch';

interface Props {
  value: string;
  onChange(value: string): void;
  /** A title suggestion was chosen: open that document. */
  onOpenDocument?(id: number): void;
}

const KIND: Record<Suggestion['kind'], string> = { title: 'Title', speaker: 'Speaker', person: 'Person', topic: 'Topic', place: 'Place' };

/**
 * The search box with suggestions as you type (an ARIA combobox). The suggestions sit
 * under the box in the flow, pushing the results down rather than covering them; Esc
 * closes them and never empties the box.
 */
export function SearchBox({ value, onChange, onOpenDocument }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useSuggestions(value, open);
  const items = open ? (suggestions?.items ?? []) : [];

  const choose = (s: Suggestion) => {
    const from = suggestions?.from ?? value.length;
    setOpen(false);
    setActive(-1);
    if (s.kind === 'title' && s.documentId !== null && onOpenDocument) onOpenDocument(s.documentId);
    onChange(`${value.slice(0, from)}${s.insert} `);
  };

  const keys = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === 'Enter') {
      if (active >= 0 && items[active]) {
        e.preventDefault();
        choose(items[active]);
      } else setOpen(false);
    } else if (e.key === 'Escape') {
      // A search field empties itself on Esc; here Esc only closes the suggestions.
      e.preventDefault();
      if (items.length) e.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="search-box">
      <input
        type="search"
        role="combobox"
        aria-label="Search the archive"
        aria-expanded={items.length > 0}
        aria-controls="search-suggestions"
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `suggestion-${active}` : undefined}
        placeholder='Words, "a phrase", speaker:putin, date:2014..2019'
        value={value}
        spellCheck={false}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={keys}
        onBlur={() => setTimeout(() => setOpen(false), 120)}
      />
      {items.length > 0 && (
        <ul id="search-suggestions" role="listbox" aria-label="Suggestions" className="search-suggestions">
          {items.map((s, i) => (
            <li
              key={`${s.kind}:${s.label}`}
              id={`suggestion-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(s);
              }}
            >
              <span className="suggestion-kind">{KIND[s.kind]}</span> {s.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
