/**
 * Shortcuts as written in the registry ("Mod+Shift+C", "Alt+1", "F3", "?", "Delete"):
 * matching a key press, showing them as the platform writes them, and as Electron
 * accelerators for the native menu. "Mod" is Cmd on macOS and Ctrl elsewhere.
 */

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface Parsed {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(spec: string): Parsed {
  // The key is the last part; "Mod++" names the plus key.
  const plus = spec.endsWith('++');
  const parts = (plus ? spec.slice(0, -2) : spec).split('+').filter(Boolean);
  const key = plus ? '+' : (parts.pop() ?? '');
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

/** A printable symbol (like ? or +) is typed with whatever Shift the keyboard needs, so Shift is not compared. */
const symbol = (key: string): boolean => key.length === 1 && !/[a-z0-9]/i.test(key);

export function matches(spec: string, event: KeyboardEvent): boolean {
  const want = parse(spec);
  const mod = event.metaKey || event.ctrlKey;
  if (want.mod !== mod || want.alt !== event.altKey) return false;
  if (!symbol(want.key) && want.shift !== event.shiftKey) return false;
  // Alt+digit: layouts differ in event.key, event.code is the key itself.
  if (want.alt && /^\d$/.test(want.key)) return event.code === `Digit${want.key}`;
  return event.key.toLowerCase() === want.key.toLowerCase();
}

const NAMES: Record<string, [mac: string, other: string]> = {
  Mod: ['⌘', 'Ctrl'],
  Shift: ['⇧', 'Shift'],
  Alt: ['⌥', 'Alt'],
  Delete: ['⌦', 'Delete'],
  Backspace: ['⌫', 'Backspace'],
  Escape: ['Esc', 'Esc'],
  Enter: ['↩', 'Enter'],
  '-': ['−', '−'],
};

/** "Mod+Shift+C" as this platform writes it: "Ctrl+Shift+C", or "⌘⇧C" on a Mac. */
export function displayKeys(spec: string): string {
  const { mod, shift, alt, key } = parse(spec);
  const names = [mod && 'Mod', alt && 'Alt', shift && !symbol(key) && 'Shift', key].filter(Boolean) as string[];
  const shown = names.map((n) => (NAMES[n] ? NAMES[n][IS_MAC ? 0 : 1] : n.length === 1 ? n.toUpperCase() : n));
  return IS_MAC ? shown.join('') : shown.join('+');
}

/** The Electron accelerator for the native menu's label, or null for keys a menu does not show. */
export function accelerator(spec: string): string | null {
  const { mod, shift, alt, key } = parse(spec);
  if (!mod && !alt && !/^F\d+$/.test(key)) return null;
  const name = key === '+' ? 'Plus' : key.length === 1 ? key.toUpperCase() : key;
  return [mod && 'CmdOrCtrl', alt && 'Alt', shift && 'Shift', name].filter(Boolean).join('+');
}
