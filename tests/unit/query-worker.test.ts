import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QueryWorker } from '../../main/query/client';
import { tempDir } from './helpers';

describe('the query worker client', () => {
  it('rejects the requests of a worker that died, and starts a new worker for the next request', async () => {
    const dir = tempDir();
    const marker = join(dir, 'crashed-once');
    // A stand-in worker: the first one dies on its first request (as on running out of memory); later ones answer.
    const script = join(dir, 'worker.cjs');
    writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
       const fs = require('node:fs');
       parentPort.on('message', (m) => {
         if (!fs.existsSync(${JSON.stringify(marker)})) { fs.writeFileSync(${JSON.stringify(marker)}, ''); process.exit(3); }
         parentPort.postMessage({ id: m.id, ok: true, value: { status: 'ok', echo: m.request.query } });
       });`,
    );
    const worker = new QueryWorker(script, join(dir, 'archive.sqlite'));
    try {
      await expect(worker.ask('search', { query: 'first' })).rejects.toThrow(/exited \(code 3\)/);
      expect(existsSync(marker)).toBe(true);
      await expect(worker.ask('search', { query: 'second' })).resolves.toEqual({ status: 'ok', echo: 'second' });
    } finally {
      await worker.close();
    }
  });
});
