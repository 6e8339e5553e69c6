import { describe, expect, it, vi } from 'vitest';
import { channels, type Channel } from '../../shared/contract/api';
import { join } from 'node:path';
import { Archive } from '../../main/archive/archive';
import { createHandlers, registerHandlers, type Handlers, type IpcEventLike } from '../../main/ipc/ipc';
import { FIXTURES, tempArchivePath } from './helpers';

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const registered = new Map<string, Listener>();
  const handlers = {
    'archive:info': vi.fn(() => ({ path: '/a.sqlite', documentCount: 3 })),
    'library:list': vi.fn(() => []),
    'document:get': vi.fn((id: number) => {
      throw new Error(`There is no document ${id} in this archive.`);
    }),
    'import:paths': vi.fn(),
    'import:dialog': vi.fn(() => null),
    'import:cancel': vi.fn(() => false),
  } as unknown as Handlers;
  registerHandlers({ handle: (channel, listener) => registered.set(channel, listener as Listener) }, handlers);
  const call = (channel: Channel, event: IpcEventLike, ...args: unknown[]) => (registered.get(channel) as Listener)(event, ...args);
  return { registered, handlers, call };
}

const app: IpcEventLike = { senderFrame: { url: 'app://verbatim/index.html', parent: null } };

describe('the IPC table', () => {
  it('registers one handler for every channel of the contract', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(Object.keys(channels).sort());
  });

  it('answers the app’s own top frame', async () => {
    const { call } = setup();
    await expect(call('archive:info', app)).resolves.toEqual({ ok: true, value: { path: '/a.sqlite', documentCount: 3 } });
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/index.html', parent: null } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/index.html', parent: null } }],
    ['a sub-frame of the app', { senderFrame: { url: 'app://verbatim/index.html', parent: {} } }],
    ['an app:// look-alike host', { senderFrame: { url: 'app://verbatim.evil/index.html', parent: null } }],
    ['no frame at all', { senderFrame: null }],
  ])('refuses %s before any handler runs', async (_name, event) => {
    const { call, handlers } = setup();
    const answer = (await call('archive:info', event as IpcEventLike)) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/did not come from Verbatim's own window/);
    expect(handlers['archive:info']).not.toHaveBeenCalled();
  });

  it.each([
    ['document:get', ['12']],
    ['document:get', [-1]],
    ['document:get', [1.5]],
    ['document:get', []],
    ['library:list', [{ limit: 10 }]],
    ['library:list', [{ limit: 10, offset: 0, sql: 'DROP TABLE documents' }]],
    ['import:paths', [[]]],
    ['import:paths', ['/tmp/file.txt']],
    ['import:paths', [[42]]],
    ['archive:info', ['extra']],
  ] as [Channel, unknown[]][])('refuses malformed arguments to %s %j before the handler runs', async (channel, args) => {
    const { call, handlers } = setup();
    const answer = (await call(channel, app, ...args)) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toContain(`Invalid request to “${channel}”`);
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it('runs a guard after validation and before the handler, with the event', async () => {
    const registered = new Map<string, Listener>();
    const handlers = { 'import:paths': vi.fn(() => 'imported'), 'archive:info': vi.fn(() => 'info') } as unknown as Handlers;
    const seen: unknown[] = [];
    const guard = vi.fn(async (channel: Channel, event: IpcEventLike, args: readonly unknown[]) => {
      seen.push([channel, event.sender?.id, args]);
      return channel === 'import:paths' ? 'Refused to import /etc/passwd: not yours.' : null;
    });
    registerHandlers({ handle: (channel, listener) => registered.set(channel, listener as Listener) }, handlers, () => true, guard);
    const call = (channel: Channel, ...args: unknown[]) => (registered.get(channel) as Listener)({ ...app, sender: { id: 4 } }, ...args);
    await expect(call('import:paths', ['/etc/passwd'])).resolves.toEqual({ ok: false, error: 'Refused to import /etc/passwd: not yours.' });
    expect(handlers['import:paths']).not.toHaveBeenCalled();
    await expect(call('import:paths', '/etc/passwd')).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('Invalid request'),
    });
    await expect(call('archive:info')).resolves.toEqual({ ok: true, value: 'info' });
    expect(seen).toEqual([
      ['import:paths', 4, [['/etc/passwd']]],
      ['archive:info', 4, []],
    ]);
  });

  it('turns a handler’s error into an error value with its message', async () => {
    const { call } = setup();
    await expect(call('document:get', app, 7)).resolves.toEqual({ ok: false, error: 'There is no document 7 in this archive.' });
  });
});

describe('import:dialog', () => {
  it('asks for files, or for folders when told so, and imports what was chosen', async () => {
    const archive = Archive.open(tempArchivePath());
    const asked: string[] = [];
    const registered = new Map<string, Listener>();
    registerHandlers(
      { handle: (channel, listener) => registered.set(channel, listener as Listener) },
      createHandlers({
        archive,
        emit: () => undefined,
        chooseImportPaths: async (kind) => {
          asked.push(kind);
          return kind === 'folders' ? [join(FIXTURES, 'seed')] : null;
        },
      }),
    );
    const dialog = registered.get('import:dialog') as Listener;
    await expect(dialog(app)).resolves.toEqual({ ok: true, value: null });
    await expect(dialog(app, { folders: true })).resolves.toMatchObject({ ok: true, value: { imported: 2 } });
    await expect(dialog(app, { folders: 'yes' })).resolves.toMatchObject({ ok: false, error: expect.stringContaining('Invalid request') });
    expect(asked).toEqual(['files', 'folders']);
    archive.close();
  });
});
