/**
 * The test bridge's half inside the page: the REAL preload client (createClient)
 * over a transport that calls the real main-process handlers through a Playwright
 * binding, in place of Electron's ipcRenderer.
 */
import type { Channel, EventName } from '../../../shared/contract/api';
import { createClient, type VerbatimApi } from '../../../preload/client';

declare global {
  interface Window {
    verbatim: VerbatimApi;
    __verbatimInvoke(channel: Channel, args: unknown[]): Promise<unknown>;
    __verbatimEmit(event: EventName, payload: unknown): void;
    /** Stands in for webUtils.getPathForFile: file name -> path on disk, set by the test. */
    __verbatimPaths: Record<string, string>;
  }
}

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
window.__verbatimPaths = window.__verbatimPaths ?? {};
window.__verbatimEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

window.verbatim = createClient({
  invoke: (channel, ...args) => window.__verbatimInvoke(channel, args),
  on: (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
  pathForFile: (file) => window.__verbatimPaths[file.name] ?? '',
});
