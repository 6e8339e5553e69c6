/**
 * The reader's toolbar, made from the command registry (commands placed in 'reader-toolbar'):
 * one row at every width — icons with labels where there is room, tooltips always — then the
 * text controls, an Export menu, and a More menu that keeps Delete away from the rest.
 */
import { displayKeys } from '../app/commands/keys';
import { commandsFor } from '../app/commands/registry';
import { isEnabled, type Command } from '../app/commands/types';
import { useAppState, useStore } from '../app/store';
import type { State } from '../app/state';
import { Icon } from '../shared/Icon';
import { MenuButton, type MenuItem } from '../shared/Menu';

const TOOLBAR = commandsFor('reader-toolbar');
const inSlot = (slot: string): Command[] =>
  TOOLBAR.filter((c) => c.toolbar?.slot === slot).sort((a, b) => (a.toolbar?.order ?? 9) - (b.toolbar?.order ?? 9));

const tooltip = (c: Command): string => [c.help ?? c.label, c.keys?.[0] && `(${displayKeys(c.keys[0])})`].filter(Boolean).join(' ');

export function ReaderToolbar({ notes }: { notes: number }) {
  const store = useStore();
  // The toolbar shows enabled and pressed states, which depend on these slices.
  useAppState((s) => s.reader.panel);
  useAppState((s) => s.cursor);
  useAppState((s) => s.selected);
  const measure = useAppState((s) => s.settings.measure);
  const state: State = store.getState();

  const button = (c: Command, labelled: boolean) => {
    const label = c.id === 'notes-panel' && notes ? `${c.toolbar?.label ?? c.label} (${notes})` : (c.toolbar?.label ?? c.label);
    const name = c.id === 'measure' ? `${label}: ${measure}` : label;
    return (
      <button
        key={c.id}
        type="button"
        className="tool"
        aria-label={name}
        aria-pressed={c.toolbar?.pressed ? c.toolbar.pressed(state) : undefined}
        title={tooltip(c)}
        disabled={!isEnabled(c, state)}
        onClick={() => void c.run(store)}
      >
        {c.toolbar && <Icon name={c.toolbar.icon} />}
        {labelled && (
          <span className={c.toolbar?.secondary ? 'tb-label secondary' : 'tb-label'} aria-hidden="true">
            {label}
          </span>
        )}
      </button>
    );
  };
  const items = (commands: Command[]): MenuItem[] =>
    commands.map((c) => ({
      id: c.id,
      label: c.toolbar?.label ?? c.label,
      icon: c.toolbar?.icon,
      keys: c.keys?.[0] ? displayKeys(c.keys[0]) : undefined,
      disabled: !isEnabled(c, state),
      danger: c.id === 'delete',
      separated: c.id === 'delete',
      run: () => void c.run(store),
    }));

  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Reader">
      {inSlot('main').map((c) => button(c, true))}
      <span className="spacer" />
      <span className="tool-group" role="group" aria-label="Text">
        {inSlot('view').map((c) => button(c, false))}
      </span>
      <MenuButton className="tool" label="Export" icon="export" items={items(inSlot('export'))} />
      <MenuButton className="tool" label="Cite" icon="quote" items={items(inSlot('cite'))} />
      <MenuButton className="tool" label="More" icon="more" items={items(inSlot('more'))} iconOnly />
    </div>
  );
}
