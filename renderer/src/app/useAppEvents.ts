/**
 * What comes into the window from outside it: import progress, native menu choices and
 * opened verbatim:// links from main, and the settings kept between sessions (theme, reading text).
 */
import { useEffect } from 'react';
import { api } from '../shared/api';
import { runCommand } from './commands/registry';
import { DEFAULT_SETTINGS, type Settings } from './state';
import type { AppStore } from './store';

const SETTINGS_KEY = 'verbatim.reader';
/** While an import runs, the list asks again at most this often (documents appear as they are saved). */
const REFRESH_MS = 800;

export function loadSettings(): Settings {
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<Settings>;
    return { ...DEFAULT_SETTINGS, ...saved };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

function applyTheme(settings: Settings): void {
  if (settings.theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = settings.theme;
}

export function useAppEvents(store: AppStore): void {
  useEffect(() => {
    let saved = 0;
    let timer: number | undefined;
    const refresh = (): void => {
      timer = undefined;
      store.dispatch({ type: 'changed', topics: ['documents'] });
    };
    const offProgress = api().onImportProgress((progress) => {
      store.dispatch({ type: 'import/progress', progress });
      if (progress.documents < saved) saved = 0; // a new import
      if (progress.documents > saved && timer === undefined) {
        saved = progress.documents;
        timer = window.setTimeout(refresh, REFRESH_MS);
      }
    });
    // The end of the import refreshes everything it changed: a refresh still waiting is not needed.
    const offFinish = store.subscribe(() => {
      if (timer !== undefined && !store.getState().importing.running) {
        window.clearTimeout(timer);
        timer = undefined;
        saved = 0;
      }
    });
    const offMenu = api().onMenuCommand((id) =>
      runCommand(id === 'export' ? 'export-markdown' : id === 'library' ? 'view-library' : id, store),
    );
    // A verbatim:// link opened outside the window: the reader shows that document at that turn.
    const offLink = api().onLinkOpen(({ documentId, turn }) => {
      const view = store.getState().view;
      if (view !== 'library' && view !== 'search') store.dispatch({ type: 'view/show', view: 'library' });
      store.dispatch({ type: 'document/open', id: documentId, turn: turn ?? undefined });
    });
    return () => {
      offLink();
      offProgress();
      offFinish();
      offMenu();
      window.clearTimeout(timer);
    };
  }, [store]);

  useEffect(() => {
    let last = store.getState().settings;
    applyTheme(last);
    return store.subscribe(() => {
      const { settings } = store.getState();
      if (settings === last) return;
      last = settings;
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
      applyTheme(settings);
    });
  }, [store]);
}
