/** The right-click menu the store has open: the registry's commands for that place, greyed out when they cannot run. */
import { Menu, type MenuItem } from '../shared/Menu';
import { displayKeys } from './commands/keys';
import { commandsFor } from './commands/registry';
import { isEnabled } from './commands/types';
import { useAppState, useStore } from './store';

const TITLES = { 'document-menu': 'Document', 'text-menu': 'Selected text' };

export function ContextMenuHost() {
  const store = useStore();
  const menu = useAppState((s) => s.menu);
  if (!menu) return null;
  const state = store.getState();
  const items: MenuItem[] = commandsFor(menu.where).map((c, i, all) => ({
    id: c.id,
    label: c.label,
    icon: c.toolbar?.icon,
    keys: c.keys?.[0] ? displayKeys(c.keys[0]) : undefined,
    disabled: !isEnabled(c, state),
    danger: c.id === 'delete',
    // Groups: reading, collections, export, change.
    separated: i > 0 && ['add-to-collection', 'export-markdown', 'edit', 'copy-quote'].includes(c.id) && all[i - 1] !== undefined,
    run: () => void c.run(store),
  }));
  return (
    <Menu label={TITLES[menu.where]} items={items} at={{ x: menu.x, y: menu.y }} onClose={() => store.dispatch({ type: 'menu/close' })} />
  );
}
