import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { importPaths } from '../../main/importer/importer';
import { createHandlers, registerHandlers, type IpcEventLike } from '../../main/ipc/ipc';
import type { QueryKind, QueryKinds } from '../../main/query/protocol';
import { SEED, tempArchivePath } from './helpers';

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;
const app: IpcEventLike = { senderFrame: { url: 'app://verbatim/index.html', parent: null } };

async function setup(queries?: { ask<K extends QueryKind>(kind: K, request: QueryKinds[K]['request']): Promise<QueryKinds[K]['answer']> }) {
  const archive = Archive.open(tempArchivePath());
  await importPaths(archive, [SEED]);
  const registered = new Map<string, Listener>();
  registerHandlers(
    { handle: (channel, listener) => registered.set(channel, listener as Listener) },
    createHandlers({ archive, emit: () => undefined, chooseImportPaths: async () => null, ...(queries ? { queries } : {}) }),
  );
  return { archive, call: (channel: string, ...args: unknown[]) => (registered.get(channel) as Listener)(app, ...args) };
}

describe('the research desk over IPC', () => {
  it('answers a concordance, a trend, a speaker table and a citation through the validated channels', async () => {
    const { archive, call } = await setup();
    await expect(call('analysis:kwic', { query: 'cooperation', limit: 2 })).resolves.toMatchObject({
      ok: true,
      value: { status: 'ok', total: 7 },
    });
    await expect(call('analysis:trend', { queries: ['cooperation'] })).resolves.toMatchObject({
      ok: true,
      value: { status: 'ok', bins: ['2019'] },
    });
    await expect(call('analysis:speakers', {})).resolves.toMatchObject({ ok: true, value: { status: 'ok', total: 2 } });
    await expect(call('analysis:cite', { documentId: 1, style: 'mla' })).resolves.toMatchObject({
      ok: true,
      value: { style: 'mla', text: expect.stringContaining('CC BY 4.0') },
    });
    archive.close();
  });

  it('refuses arguments outside the contract’s bounds before any work', async () => {
    const { archive, call } = await setup();
    for (const args of [
      { query: 'a', limit: 5000 },
      { query: 'a', sort: 'sideways' },
      { query: 'a'.repeat(3000) },
      { query: 'a', sql: 'x' },
    ]) {
      await expect(call('analysis:kwic', args)).resolves.toMatchObject({ ok: false, error: expect.stringContaining('Invalid request') });
    }
    await expect(call('analysis:trend', { queries: [] })).resolves.toMatchObject({ ok: false });
    await expect(call('analysis:cite', { documentId: 1, style: 'harvard' })).resolves.toMatchObject({ ok: false });
    archive.close();
  });

  it('sends the slow questions to the query worker when there is one', async () => {
    const asked: string[] = [];
    const { archive, call } = await setup({
      ask: async (kind, request) => {
        asked.push(kind);
        return (kind === 'kwic' ? archive.analysis.kwic(request as QueryKinds['kwic']['request']) : undefined) as never;
      },
    });
    await expect(call('analysis:kwic', { query: 'relations' })).resolves.toMatchObject({ ok: true, value: { total: 8 } });
    expect(asked).toEqual(['kwic']);
    archive.close();
  });
});
