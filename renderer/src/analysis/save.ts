/**
 * Getting a table or a chart out of the window: a file saved where the person chooses (main asks,
 * through 'file:save': the window itself may not write files or start downloads), or text on the
 * clipboard. Messages go to the status bar.
 */
import { attempt, notify } from '../app/operations/notify';
import type { AppStore } from '../app/store';
import { api } from '../shared/api';

async function save(store: AppStore, request: Parameters<ReturnType<typeof api>['saveFile']>[0]): Promise<void> {
  const saved = await attempt(store, () => api().saveFile(request));
  if (saved) notify(store, `Saved to ${saved.path}`);
}

type TextKind = 'csv' | 'json' | 'svg';

/** A CSV starts with a byte order mark, so that spreadsheet programs read its accents and Cyrillic as UTF-8. */
const textRequest = (text: string, name: string, kind: TextKind) =>
  ({ name, kind, data: kind === 'csv' ? `\ufeff${text}` : text, encoding: 'utf8' }) as const;

export function saveText(store: AppStore, text: string, name: string, kind: TextKind): void {
  void save(store, textRequest(text, name, kind));
}

/**
 * The same, for a caller that tells the outcome itself: where the file went; null when the person
 * cancelled; undefined when the save failed (the status bar has said why).
 */
export async function saveTextTo(store: AppStore, text: string, name: string, kind: TextKind): Promise<string | null | undefined> {
  const saved = await attempt(store, () => api().saveFile(textRequest(text, name, kind)));
  return saved === undefined ? undefined : (saved?.path ?? null);
}

/** A picture (the chart as PNG). */
export async function saveImage(store: AppStore, png: Blob, name: string): Promise<void> {
  const bytes = new Uint8Array(await png.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  await save(store, { name, kind: 'png', data: btoa(binary), encoding: 'base64' });
}

export async function copyText(store: AppStore, text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    notify(store, done);
  } catch (e) {
    notify(store, `The clipboard refused the text: ${(e as Error).message}`);
  }
}
