import { useEffect, useId, useRef, useState } from 'react';
import type { FacetKind, Suggestions } from '../../../preload/api';
import { api, unwrap } from '../api';
import { shortDate } from '../format';
import { FACET_LABELS } from '../library/filter';

export interface Command {
  id: string;
  label: string;
  shortcut?: string;
  run(): void;
}

interface Props {
  commands: Command[];
  onOpenDocument(id: number): void;
  onFacet(kind: FacetKind, value: string): void;
  onClose(): void;
}

interface Item {
  key: string;
  group: string;
  label: string;
  detail?: string;
  run(): void;
}

/** Ctrl/Cmd+K: documents, speakers, tags and commands as you type; arrows move, Enter runs, Esc closes. */
export function Palette({ commands, onOpenDocument, onFacet, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Suggestions>({ documents: [], speakers: [], tags: [] });
  /** The query the shown suggestions answer; until the answer to the current one comes, say so. */
  const [answered, setAnswered] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      unwrap(api().librarySuggest(query)).then(
        (s) => {
          if (!live) return;
          setFound(s);
          setAnswered(query);
        },
        () => live && setAnswered(query),
      );
    }, 60);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const q = query.trim().toLowerCase();
  const close = (run: () => void) => () => {
    onClose();
    run();
  };
  const items: Item[] = [
    ...commands
      .filter((c) => !q || c.label.toLowerCase().includes(q))
      .slice(0, q ? 8 : 30)
      .map((c) => ({ key: `c:${c.id}`, group: 'Commands', label: c.label, detail: c.shortcut, run: close(c.run) })),
    ...found.documents.map((d) => ({ key: `d:${d.id}`, group: 'Documents', label: d.title, detail: shortDate(d.date), run: close(() => onOpenDocument(d.id)) })),
    ...found.speakers.map((s) => ({
      key: `s:${s.value}`,
      group: 'Speakers',
      label: s.value,
      detail: `${s.count} documents`,
      run: close(() => onFacet('speaker', s.value)),
    })),
    ...found.tags.map((t) => ({
      key: `t:${t.kind}:${t.value}`,
      group: 'Tags',
      label: t.value,
      detail: `${FACET_LABELS[t.kind]} · ${t.count}`,
      run: close(() => onFacet(t.kind, t.value)),
    })),
  ];
  const current = Math.min(active, Math.max(0, items.length - 1));

  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = items.length;
      if (n) setActive((current + (e.key === 'ArrowDown' ? 1 : -1) + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      items[current]?.run();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-label="Command palette" className="dialog palette" onKeyDown={keys}>
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={items[current] ? `${listId}-${current}` : undefined}
          aria-autocomplete="list"
          aria-label="Find documents, speakers, tags and commands"
          placeholder="Find documents, speakers, tags and commands…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
        />
        <ul id={listId} role="listbox" aria-label="Results" className="palette-list">
          {items.map((item, i) => (
            <li
              key={item.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'active' : undefined}
              onMouseMove={() => setActive(i)}
              onClick={item.run}
            >
              <span className="palette-group">{item.group}</span>
              <span className="palette-label">{item.label}</span>
              {item.detail && <span className="palette-detail">{item.detail}</span>}
            </li>
          ))}
          {items.length === 0 && (
            <li role="option" aria-selected="false" aria-disabled="true" className="hint">
              {answered === query ? `Nothing matches “${query}”.` : 'Looking…'}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
