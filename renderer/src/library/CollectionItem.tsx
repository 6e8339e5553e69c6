/**
 * A collection in the sidebar: shows its documents; its menu (the button beside it, or a
 * right-click) exports them as one bibliography file (BibTeX, RIS, CSL-JSON); × deletes it.
 */
import { useState } from 'react';
import type { Collection } from '../../../shared/contract/api';
import { BIBLIOGRAPHY_LABELS, BIBLIOGRAPHY_STYLES, exportCitations } from '../analysis/cite-many';
import { deleteCollection } from '../app/operations/collections';
import { useStore } from '../app/store';
import { formatNumber } from '../shared/format';
import { Menu, MenuButton, type MenuItem } from '../shared/Menu';

interface Props {
  collection: Collection;
  active: boolean;
  onShow(): void;
}

export function CollectionItem({ collection: c, active, onShow }: Props) {
  const store = useStore();
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const items: MenuItem[] = BIBLIOGRAPHY_STYLES.map((style) => ({
    id: `export-${style}`,
    label: `Export as ${BIBLIOGRAPHY_LABELS[style]}…`,
    icon: 'export',
    disabled: c.count === 0,
    run: () => void exportCitations(store, { kind: 'collection', id: c.id, name: c.name }, style),
  }));
  const label = `Export collection ${c.name}`;
  return (
    <li
      className={active ? 'active' : undefined}
      onContextMenu={(event) => {
        event.preventDefault();
        setAt({ x: event.clientX, y: event.clientY });
      }}
    >
      <button type="button" className="nav-item" onClick={onShow}>
        {c.name} <span className="count">{formatNumber(c.count)}</span>
      </button>
      <MenuButton className="icon collection-menu" label={label} icon="export" iconOnly items={items} />
      <button
        type="button"
        className="icon"
        aria-label={`Delete collection ${c.name}`}
        title="Delete this collection (its documents stay)"
        onClick={() => void deleteCollection(store, c.id)}
      >
        ×
      </button>
      {at && <Menu label={label} items={items} at={at} onClose={() => setAt(null)} />}
    </li>
  );
}
