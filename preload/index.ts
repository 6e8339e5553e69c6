import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_NAME, EVENT_NAMES, type EventName } from '../shared/contract/names';
import { createClient } from './client';
import { importPathGate } from './path-grants';

// Imports only of what the user dropped or chose; main checks again with real paths (main/app/path-grants.ts).
const gate = importPathGate(ipcRenderer);

const client = createClient({
  invoke: gate.invoke,
  on: (event: EventName, listener) => {
    if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event ${event}`);
    const wrapped = (_: unknown, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
  // getPathForFile gives a path only for a File the user dropped or picked; a File the page builds has none ('').
  pathForFile: (file) => gate.dropped(webUtils.getPathForFile(file)),
});

// Datasets an import could not map may be imported again with a mapping: main's report names them.
ipcRenderer.on('import:finished', (_event, report: unknown) => gate.reported(report));

contextBridge.exposeInMainWorld(API_NAME, client);
