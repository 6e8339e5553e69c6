import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_NAME, events, type EventName } from './api';
import { createClient } from './client';

const client = createClient({
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  on: (event: EventName, listener) => {
    if (!(event in events)) throw new Error(`Unknown event ${event}`);
    const wrapped = (_: unknown, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
});

contextBridge.exposeInMainWorld(API_NAME, client);
