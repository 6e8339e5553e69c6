import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { createHandlers, isTrustedSender, registerHandlers, type IpcEventLike } from '../../main/ipc/ipc';
import { importPathsGuard, registerDropGrants, WindowPathGrants } from '../../main/app/path-grants';
import { DROP_GRANT_CHANNEL, importPathGate, PathGrants } from '../../preload/path-grants';
import { FIXTURES, SEED, tempArchivePath, tempDir } from './helpers';

describe('paths the page may import', () => {
  it('allows only paths the user dropped, and names the first other one', () => {
    const grants = new PathGrants();
    grants.grant('/home/ana/transcripts/62149.html');
    grants.grant('/home/ana/transcripts');
    expect(grants.refusal(['/home/ana/transcripts/62149.html', '/home/ana/transcripts'])).toBeNull();
    expect(grants.refusal(['/home/ana/transcripts/62149.html', '/home/ana/.ssh/config'])).toMatch(
      /^Refused to import \/home\/ana\/\.ssh\/config:/,
    );
    expect(grants.grant('')).toBe('');
    expect(grants.refusal([''])).not.toBeNull();
  });

  it('allows files inside a dropped folder, but not a way out of it', () => {
    const grants = new PathGrants();
    grants.grant('/data/speeches');
    expect(grants.refusal(['/data/speeches/2019/a.csv'])).toBeNull();
    expect(grants.refusal(['/data/speeches/../secrets.txt'])).not.toBeNull();
    expect(grants.refusal(['/data/speeches-private/a.csv'])).not.toBeNull();
  });

  it('allows a file an import reported back (a dataset chosen in the dialog, to map its columns)', () => {
    const grants = new PathGrants();
    expect(grants.refusal(['/chosen/in/dialog.csv'])).not.toBeNull();
    grants.grantReported({
      documents: [],
      skipped: [],
      failed: [{ path: '/chosen/in/dialog.csv', error: 'No text column', columns: ['a'] }],
    });
    expect(grants.refusal(['/chosen/in/dialog.csv'])).toBeNull();
  });

  it('grants from a report only datasets to map, never a path with `..`, and a zip entry by its zip', () => {
    const grants = new PathGrants();
    grants.grantReported({
      documents: [{ id: 1, title: 'T', path: '/chosen/other.html', status: 'imported' }],
      skipped: [{ path: '/chosen/notes.bin', reason: 'not a transcript' }],
      failed: [
        { path: '/chosen/broken.html', error: 'unreadable' },
        { path: '/chosen/a.zip/../../etc/passwd', error: 'No text column', columns: ['a'] },
        { path: '/chosen/a.zip/..\\..\\win.csv', error: 'No text column', columns: ['a'] },
        { path: '/chosen/b.ZIP/data/speeches.csv', error: 'No text column', columns: ['a'] },
      ],
    });
    expect(grants.refusal(['/chosen/other.html'])).not.toBeNull();
    expect(grants.refusal(['/chosen/notes.bin'])).not.toBeNull();
    expect(grants.refusal(['/chosen/broken.html'])).not.toBeNull();
    expect(grants.refusal(['/chosen/a.zip/../../etc/passwd'])).not.toBeNull();
    expect(grants.refusal(['/etc/passwd'])).not.toBeNull();
    expect(grants.refusal(['/chosen/a.zip'])).not.toBeNull();
    expect(grants.refusal(['/chosen/b.ZIP/data/speeches.csv'])).toBeNull();
    expect(grants.refusal(['/chosen/b.ZIP'])).toBeNull();
  });

  it('never grants a relative path or one that goes up a folder', () => {
    const grants = new PathGrants();
    for (const path of ['notes.txt', '/data/../etc', 'C:\\data\\..\\Windows']) grants.grant(path);
    expect(grants.refusal(['notes.txt'])).not.toBeNull();
    expect(grants.refusal(['/data/../etc'])).not.toBeNull();
    expect(grants.refusal(['C:\\data\\..\\Windows'])).not.toBeNull();
    grants.grant('C:\\Users\\ana\\speeches');
    expect(grants.refusal(['C:\\Users\\ana\\speeches\\a.html'])).toBeNull();
  });
});

describe('the preload’s gate in front of main’s', () => {
  type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

  /** The preload's gate over a stand-in for ipcRenderer that reaches the real handler table as window 1. */
  function wired(chosen: string[] | null = null) {
    const archive = Archive.open(tempArchivePath());
    const grants = new WindowPathGrants();
    const registered = new Map<string, Listener>();
    const sent: string[] = [];
    const ipc = { handle: (channel: string, listener: Listener) => void registered.set(channel, listener) };
    const chooseImportPaths = async () => {
      if (chosen) await grants.grant(1, chosen); // what main/app/index.ts does after its dialog
      return chosen;
    };
    // Main's 'import:finished' event reaches the preload's listener (preload/index.ts).
    const emit = (event: string, payload: unknown) => {
      if (event === 'import:finished') gate.reported(payload);
    };
    registerHandlers(ipc, createHandlers({ archive, emit, chooseImportPaths }), isTrustedSender, importPathsGuard(grants));
    registerDropGrants(ipc, grants, isTrustedSender);
    const window: IpcEventLike = { senderFrame: { url: 'app://verbatim/index.html', parent: null }, sender: { id: 1 } };
    const ipcRenderer = {
      invoke: (channel: string, ...args: unknown[]) => {
        sent.push(channel);
        return (registered.get(channel) as Listener)(window, ...args);
      },
    };
    const gate = importPathGate(ipcRenderer);
    return { archive, gate, ipcRenderer, sent };
  }

  function folder(): string {
    const dir = join(tempDir(), 'speeches');
    mkdirSync(dir);
    copyFileSync(SEED, join(dir, 'seed.txt'));
    return dir;
  }

  it('tells main of a drop before the import that uses it, and imports', async () => {
    const { archive, gate, sent } = wired();
    const dir = folder();
    gate.dropped(dir);
    gate.dropped('');
    await expect(gate.invoke('import:paths', [join(dir, 'seed.txt')])).resolves.toMatchObject({ ok: true, value: { failed: [] } });
    expect(sent).toEqual([DROP_GRANT_CHANNEL, 'import:paths']);
    expect(archive.count()).toBeGreaterThan(0);
    archive.close();
  });

  it('refuses /etc/passwd in the preload, and in main when the preload is gone round', async () => {
    const { archive, gate, ipcRenderer } = wired();
    gate.dropped(folder());
    await expect(gate.invoke('import:paths', ['/etc/passwd'])).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Refused to import \/etc\/passwd/),
    });
    await expect(ipcRenderer.invoke('import:paths', ['/etc/passwd'])).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Refused to import \/etc\/passwd/),
    });
    expect(archive.count()).toBe(0);
    archive.close();
  });

  it('lets a dataset chosen in the dialog come back for its column mapping, and nothing beside it', async () => {
    const dir = tempDir();
    const dataset = join(dir, 'needs_mapping.csv');
    copyFileSync(join(FIXTURES, 'datasets', 'needs_mapping.csv'), dataset);
    copyFileSync(SEED, join(dir, 'beside.txt'));
    const { archive, gate } = wired([dataset]);
    const first = (await gate.invoke('import:dialog')) as { ok: boolean; value: { failed: { path: string; columns?: string[] }[] } };
    const unmapped = first.value.failed.filter((f) => f.columns);
    expect(unmapped.map((f) => f.path)).toEqual([dataset]);
    const columns = unmapped[0].columns as string[];
    const mapping = { text: columns.find((c) => /remarks/i.test(c)), title: columns.find((c) => /occasion/i.test(c)) };
    const second = await gate.invoke('import:paths', [dataset], { mapping });
    expect(second).toMatchObject({ ok: true, value: { failed: [] } });
    expect(archive.count()).toBeGreaterThan(0);
    await expect(gate.invoke('import:paths', [join(dir, 'beside.txt')])).resolves.toMatchObject({ ok: false });
    archive.close();
  });
});
