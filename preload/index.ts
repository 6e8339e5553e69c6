import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_NAME, events, type EventName } from './api';
import { createClient } from './client';
import { PathGrants } from './path-grants';

const grants = new PathGrants();

const client = createClient({
  invoke: (channel, ...args) => {
    if (channel === 'import:paths') {
      const refusal = grants.refusal(args[0]);
      if (refusal) return Promise.resolve({ ok: false, error: refusal });
    }
    const answer = ipcRenderer.invoke(channel, ...args);
    if (channel !== 'import:paths' && channel !== 'import:dialog') return answer;
    return answer.then((result: { ok: boolean; value?: unknown }) => {
      if (result?.ok) grants.grantReported(result.value);
      return result;
    });
  },
  on: (event: EventName, listener) => {
    if (!(event in events)) throw new Error(`Unknown event ${event}`);
    const wrapped = (_: unknown, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
  pathForFile: (file) => grants.grant(webUtils.getPathForFile(file)),
});

contextBridge.exposeInMainWorld(API_NAME, client);
