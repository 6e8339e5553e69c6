/** The shortcuts overlay (? or F1), made from the command registry and the lists' own keys. */
import { displayKeys } from '../app/commands/keys';
import { COMMANDS, LIST_KEYS } from '../app/commands/registry';
import type { MenuName } from '../app/commands/types';
import { Dialog } from '../shared/Dialog';

const GROUPS: [MenuName | undefined, string][] = [
  ['View', 'Window and views'],
  ['Edit', 'Reading and quoting'],
  ['Document', 'Documents'],
  ['File', 'Import and export'],
  ['Help', 'Help'],
  [undefined, 'Moving around'],
];

export function HelpOverlay({ onClose }: { onClose(): void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      onClose={onClose}
      className="help"
      actions={
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      }
    >
      {GROUPS.map(([menu, title]) => {
        const rows: [string, string][] = COMMANDS.filter((c) => c.keys?.length && c.menu === menu).map((c) => [
          c.keys?.map(displayKeys).join('  or  ') ?? '',
          c.help ?? c.label,
        ]);
        if (menu === undefined) rows.push(...LIST_KEYS);
        if (rows.length === 0) return null;
        return (
          <table className="shortcuts" key={title}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([keys, action]) => (
                <tr key={`${keys}${action}`}>
                  <td>
                    <kbd>{keys}</kbd>
                  </td>
                  <td>{action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </Dialog>
  );
}
