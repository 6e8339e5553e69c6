/** The window's shortcuts, made from the registry: a key press runs the command it names, if it may run now. */
import { useEffect } from 'react';
import type { AppStore } from '../store';
import { matches } from './keys';
import { COMMANDS } from './registry';
import { isEnabled } from './types';

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const modalOpen = (): boolean => !!document.querySelector('[aria-modal="true"], dialog[open], [role="menu"]');

export function handleKey(store: AppStore, event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  for (const command of COMMANDS) {
    if (!command.keys?.some((spec) => matches(spec, event))) continue;
    if (modalOpen() && !command.inDialogs) return;
    if (typing(event.target) && !command.whileTyping) continue;
    if (command.focusIn && !(event.target instanceof Element && event.target.closest(command.focusIn))) continue;
    if (!isEnabled(command, store.getState())) continue;
    const handled = command.run(store);
    if (handled !== false) event.preventDefault();
    return;
  }
}

export function useKeyHandler(store: AppStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => handleKey(store, event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
