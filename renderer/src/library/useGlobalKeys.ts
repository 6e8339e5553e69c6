/** Window-wide keyboard shortcuts (see HelpOverlay for the list). */
import { useEffect, useRef } from 'react';

export type GlobalAction =
  | 'palette' | 'help' | 'find' | 'copy-quote' | 'copy-markdown' | 'annotate' | 'edit' | 'undo' | 'import' | 'import-folder'
  | 'larger' | 'smaller' | 'focus-sidebar' | 'focus-list' | 'focus-reader' | 'escape';

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function actionFor(event: KeyboardEvent): GlobalAction | null {
  const mod = event.metaKey || event.ctrlKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'k') return 'palette';
  if (mod && event.shiftKey && key === 'c') return 'copy-quote';
  if (mod && event.shiftKey && key === 'm') return 'copy-markdown';
  if (mod && event.shiftKey && key === 'a') return 'annotate';
  if (mod && !event.shiftKey && key === 'f') return 'find';
  if (mod && !event.shiftKey && key === 'e') return 'edit';
  if (mod && !event.shiftKey && key === 'o') return 'import';
  if (mod && event.shiftKey && key === 'o') return 'import-folder';
  if (mod && (key === '=' || key === '+')) return 'larger';
  if (mod && key === '-') return 'smaller';
  if (event.altKey && key === '1') return 'focus-sidebar';
  if (event.altKey && key === '2') return 'focus-list';
  if (event.altKey && key === '3') return 'focus-reader';
  if (typing(event.target)) return null;
  if (mod && !event.shiftKey && key === 'z') return 'undo';
  if (key === 'f1' || (event.key === '?' && !mod)) return 'help';
  if (key === 'escape') return 'escape';
  return null;
}

export function useGlobalKeys(handler: (action: GlobalAction) => boolean | void): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('[aria-modal="true"]') && !(event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey))) return;
      const action = actionFor(event);
      if (action && ref.current(action) !== false) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
