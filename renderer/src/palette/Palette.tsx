/** Ctrl/Cmd+K: commands (from the registry), documents, speakers and tags as you type; arrows move, Enter runs, Esc closes. */
import { useEffect, useId, useRef, useState } from 'react';
import type { FacetKind } from '../../../shared/contract/api';
import { displayKeys } from '../app/commands/keys';
import { commandsFor } from '../app/commands/registry';
import { isEnabled } from '../app/commands/types';
import { useStore } from '../app/store';
import { FACET_LABELS, toggleValue } from '../library/filter';
import { api } from '../shared/api';
import { formatDate, plural } from '../shared/format';
import { requestKey, useRequest } from '../shared/useRequest';

interface Item {
  key: string;
  group: string;
  label: string;
  detail?: string;
  run(): void;
}

const PALETTE = commandsFor('palette');

export function Palette({ onClose }: { onClose(): void }) {
  const store = useStore();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const found = useRequest(requestKey('palette', query), () => api().librarySuggest(query), 60);
  useEffect(() => input.current?.focus(), []);

  const state = store.getState();
  const q = query.trim().toLowerCase();
  const close = (run: () => void) => () => {
    onClose();
    run();
  };
  const facet = (kind: FacetKind, value: string) => {
    store.dispatch({ type: 'view/show', view: 'library' });
    store.dispatch({ type: 'filter/set', filter: toggleValue(store.getState().filter, kind, value, true) });
  };
  const suggestions = found.data ?? { documents: [], speakers: [], tags: [] };
  const items: Item[] = [
    ...PALETTE.filter((c) => isEnabled(c, state) && (!q || `${c.label} ${c.help ?? ''}`.toLowerCase().includes(q)))
      .slice(0, q ? 8 : 40)
      .map((c) => ({
        key: `c:${c.id}`,
        group: 'Commands',
        label: c.label,
        detail: c.keys?.[0] && displayKeys(c.keys[0]),
        run: close(() => void c.run(store)),
      })),
    ...suggestions.documents.map((d) => ({
      key: `d:${d.id}`,
      group: 'Documents',
      label: d.title,
      detail: formatDate(d.date),
      run: close(() => store.dispatch({ type: 'document/open', id: d.id })),
    })),
    ...suggestions.speakers.map((s) => ({
      key: `s:${s.value}`,
      group: 'Speakers',
      label: s.value,
      detail: plural(s.count, 'document'),
      run: close(() => facet('speaker', s.value)),
    })),
    ...suggestions.tags.map((t) => ({
      key: `t:${t.kind}:${t.value}`,
      group: 'Tags',
      label: t.value,
      detail: `${FACET_LABELS[t.kind]} · ${plural(t.count, 'document')}`,
      run: close(() => facet(t.kind, t.value)),
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
    // A click outside the palette closes it, as Esc does (the dialog's own key handler).
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      {/* The dialog handles the palette's keys for the combobox and list inside it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
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
            // The combobox takes the keys for these options (aria-activedescendant); a click runs one.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
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
              {found.loading ? 'Looking…' : `Nothing matches “${query}”.`}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
