import { Dialog } from './Dialog';

export const SHORTCUTS: [string, string][] = [
  ['Ctrl/⌘ K', 'Command palette: documents, speakers, tags, commands'],
  ['?  or  F1', 'This list of shortcuts'],
  ['↑ ↓  PgUp PgDn  Home End', 'Move in the library'],
  ['Shift + ↑ ↓,  Space', 'Extend or toggle the selection'],
  ['Ctrl/⌘ A', 'Select every listed document'],
  ['Enter', 'Read the document (focus moves to the reader)'],
  ['Esc', 'Back: close a dialog or find, or return from the reader to the list'],
  ['Delete', 'Delete the selected documents (undo from the status bar)'],
  ['Ctrl/⌘ Z', 'Undo the last delete'],
  ['Ctrl/⌘ F', 'Find in document; Enter / Shift+Enter for next / previous'],
  ['F3 / Shift F3', 'Next / previous match (also after opening a search hit)'],
  ['Ctrl/⌘ Shift C', 'Copy the selected words as a quote with its citation'],
  ['Ctrl/⌘ Shift M', 'Copy the selected words as a Markdown quote'],
  ['Ctrl/⌘ Shift A', 'Annotate the selected words'],
  ['Ctrl/⌘ E', 'Edit title, date, place and tags'],
  ['Ctrl/⌘ + / −', 'Larger or smaller reading text'],
  ['Ctrl/⌘ O', 'Import files'],
  ['Ctrl/⌘ Shift O', 'Import a folder'],
  ['Alt 1 / 2 / 3', 'Focus the sidebar, the list, the reader'],
];

export function HelpOverlay({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="help">
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
