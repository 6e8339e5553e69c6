/**
 * The main process's own path grants (main/app/path-grants.ts), driven through the
 * real handler table and a real archive; and the other plain checks behind
 * main/app/index.ts: which links open in the browser, what a second launch hands
 * over, which dataset URLs are kept.
 */
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { externalUrlToOpen, notingSourceUrls, SourceUrls, webUrl } from '../../main/app/external-links';
import { checkSourceUrl } from '../../main/import/url-check';
import { createHandlers, isTrustedSender, registerHandlers, type Handlers, type IpcEventLike } from '../../main/ipc/ipc';
import { handedOver, launchArgs } from '../../main/app/launch-args';
import { importPathsGuard, registerDropGrants, WindowPathGrants } from '../../main/app/path-grants';
import type { Channel, DocumentDetail } from '../../shared/contract/api';
import { DROP_GRANT_CHANNEL } from '../../preload/path-grants';
import { SEED, tempArchivePath, tempDir } from './helpers';

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;
type Answer = { ok: boolean; value?: unknown; error?: string };

const fromWindow = (id: number): IpcEventLike => ({ senderFrame: { url: 'app://verbatim/index.html', parent: null }, sender: { id } });

/** The app's wiring in main/app/index.ts, minus Electron: the real handlers, the guard and the drop channel. */
function app() {
  const archive = Archive.open(tempArchivePath());
  const grants = new WindowPathGrants();
  const registered = new Map<string, Listener>();
  const ipc = { handle: (channel: string, listener: Listener) => void registered.set(channel, listener) };
  registerHandlers(
    ipc,
    createHandlers({ archive, emit: () => undefined, chooseImportPaths: async () => null }),
    isTrustedSender,
    importPathsGuard(grants),
  );
  registerDropGrants(ipc, grants, isTrustedSender);
  const call = (channel: Channel | typeof DROP_GRANT_CHANNEL, event: IpcEventLike, ...args: unknown[]) =>
    (registered.get(channel) as Listener)(event, ...args) as Promise<Answer>;
  const importPaths = (paths: string[], window = 1) => call('import:paths', fromWindow(window), paths);
  return { archive, grants, call, importPaths };
}

/** A user's folder of transcripts, and a private file beside it. */
function folders() {
  const root = tempDir();
  const granted = join(root, 'speeches');
  mkdirSync(join(granted, '2019'), { recursive: true });
  copyFileSync(SEED, join(granted, '2019', 'seed.txt'));
  const secret = join(root, 'secret.txt');
  copyFileSync(SEED, secret);
  return { root, granted, secret };
}

describe('import paths the main process allows a window', () => {
  it('refuses /etc/passwd, and any path the window was not given, before the importer runs', async () => {
    const { archive, grants, importPaths } = app();
    const { granted, secret } = folders();
    const nothing = await importPaths(['/etc/passwd']);
    expect(nothing).toEqual({
      ok: false,
      error: expect.stringMatching(/^Refused to import \/etc\/passwd: only files dropped on the window or chosen in a dialog/),
    });
    await grants.grant(1, [granted]);
    expect((await importPaths(['/etc/passwd'])).ok).toBe(false);
    expect((await importPaths([join(granted, '2019', 'seed.txt'), secret])).error).toContain(`Refused to import ${secret}:`);
    expect(archive.count()).toBe(0);
    archive.close();
  });

  it('imports a file inside a granted folder, and the folder itself', async () => {
    const { archive, grants, importPaths } = app();
    const { granted } = folders();
    await grants.grant(1, [granted]);
    const first = await importPaths([join(granted, '2019', 'seed.txt')]);
    expect(first).toMatchObject({ ok: true, value: { failed: [], skipped: [] } });
    const documents = archive.count();
    expect(documents).toBeGreaterThan(0);
    await expect(importPaths([granted])).resolves.toMatchObject({ ok: true, value: { imported: 0, unchanged: documents } });
    archive.close();
  });

  it('refuses a link inside a granted folder that points outside it (to a file or a folder)', async () => {
    const { archive, grants, importPaths } = app();
    const { root, granted, secret } = folders();
    symlinkSync(secret, join(granted, 'innocent.txt'));
    mkdirSync(join(root, 'private'));
    writeFileSync(join(root, 'private', 'diary.txt'), 'Dear diary');
    symlinkSync(join(root, 'private'), join(granted, 'more'), 'dir');
    await grants.grant(1, [granted]);
    expect((await importPaths([join(granted, 'innocent.txt')])).error).toMatch(/^Refused to import .*innocent\.txt: only files/);
    expect((await importPaths([join(granted, 'more', 'diary.txt')])).ok).toBe(false);
    expect((await importPaths([join(granted, 'more')])).ok).toBe(false);
    // A link that stays inside the granted folder is fine: its real path is inside.
    symlinkSync(join(granted, '2019', 'seed.txt'), join(granted, 'alias.txt'));
    expect((await importPaths([join(granted, 'alias.txt')])).ok).toBe(true);
    expect(archive.count()).toBeGreaterThan(0);
    archive.close();
  });

  it('refuses `..` segments, even ones that would end inside the granted folder, and relative paths', async () => {
    const { archive, grants, importPaths } = app();
    const { granted, secret } = folders();
    await grants.grant(1, [granted]);
    const up = `${granted}${sep}..${sep}secret.txt`;
    expect((await importPaths([up])).error).toBe(`Refused to import ${up}: a path may not go up a folder with “..”.`);
    expect((await importPaths([`${granted}${sep}2019${sep}..${sep}2019${sep}seed.txt`])).ok).toBe(false);
    expect((await importPaths(['speeches/2019/seed.txt'])).error).toMatch(/it is not a full path/);
    // A grant with `..` is not made either.
    await grants.grant(2, [`${granted}${sep}..`]);
    expect((await importPaths([secret], 2)).ok).toBe(false);
    expect(archive.count()).toBe(0);
    archive.close();
  });

  it('keeps grants per window, and forgets them with the window', async () => {
    const { archive, grants, importPaths, call } = app();
    const { granted } = folders();
    const file = join(granted, '2019', 'seed.txt');
    await grants.grant(1, [granted]);
    expect((await importPaths([file], 2)).ok).toBe(false);
    const anonymous = await call('import:paths', { senderFrame: { url: 'app://verbatim/index.html', parent: null } }, [file]);
    expect(anonymous.error).toMatch(/did not say which window/);
    grants.forget(1);
    expect((await importPaths([file], 1)).ok).toBe(false);
    archive.close();
  });

  it('judges a zip entry by its zip: allowed when the zip was granted, never with `..`', async () => {
    const { archive, grants, importPaths } = app();
    const { root, granted } = folders();
    const zip = join(root, 'bundle.zip');
    writeFileSync(zip, zipSync({ 'data.csv': strToU8('a,b\n1,2\n') }));
    await grants.grant(1, [zip]);
    // Granted: the importer answers it (a zip entry is not a file on disk, so it reports it missing).
    expect((await importPaths([`${zip}/data.csv`])).ok).toBe(true);
    expect((await importPaths([`${zip}/../speeches/2019/seed.txt`])).ok).toBe(false);
    expect((await importPaths([`${granted}.zip/data.csv`])).ok).toBe(false);
    archive.close();
  });

  it('grants what the preload reports dropped, only from the app’s own window and in the right shape', async () => {
    const { archive, call, importPaths } = app();
    const { granted, secret } = folders();
    const file = join(granted, '2019', 'seed.txt');
    const elsewhere: IpcEventLike = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 1 } };
    expect((await call(DROP_GRANT_CHANNEL, elsewhere, [secret])).ok).toBe(false);
    expect((await call(DROP_GRANT_CHANNEL, fromWindow(1), secret)).error).toMatch(/one list of paths/);
    expect((await call(DROP_GRANT_CHANNEL, fromWindow(1), [secret], 'extra')).ok).toBe(false);
    expect((await importPaths([secret])).ok).toBe(false);
    await expect(call(DROP_GRANT_CHANNEL, fromWindow(1), [granted, join(granted, 'gone.txt')])).resolves.toEqual({ ok: true, value: 1 });
    await expect(importPaths([file])).resolves.toMatchObject({ ok: true, value: { failed: [] } });
    expect(archive.count()).toBeGreaterThan(0);
    expect((await importPaths([secret])).ok).toBe(false);
    archive.close();
  });

  it('leaves the other channels alone', async () => {
    const { archive, call } = app();
    await expect(call('archive:info', fromWindow(7))).resolves.toMatchObject({ ok: true, value: { documentCount: 0 } });
    archive.close();
  });
});

describe('links handed to the system browser', () => {
  it('accepts only http(s) URLs with a host, normalised', () => {
    expect(webUrl('http://en.kremlin.ru/events/president/news/62149')).toBe('http://en.kremlin.ru/events/president/news/62149');
    expect(webUrl('HTTPS://EN.Kremlin.ru')).toBe('https://en.kremlin.ru/');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'data:text/html,x', 'not a url', '']) {
      expect(webUrl(bad)).toBeNull();
    }
  });

  it('opens only a source URL main gave the window in document:get', async () => {
    const urls = new SourceUrls();
    const doc = { id: 3, url: 'http://en.kremlin.ru/events/president/news/62149' } as DocumentDetail;
    const handlers = notingSourceUrls({ 'document:get': () => doc } as unknown as Handlers, urls);
    const isSource = (href: string) => urls.has(href);
    expect(externalUrlToOpen(doc.url as string, isSource)).toBeNull();
    await handlers['document:get'](3);
    expect(externalUrlToOpen(doc.url as string, isSource)).toBe(doc.url);
    expect(externalUrlToOpen('http://EN.kremlin.ru/events/president/news/62149', isSource)).toBe(doc.url);
    expect(externalUrlToOpen('https://evil.example/', isSource)).toBeNull();
    urls.note('javascript:alert(1)');
    expect(externalUrlToOpen('javascript:alert(1)', () => true)).toBeNull();
    expect(externalUrlToOpen('file:///etc/passwd', () => true)).toBeNull();
  });
});

describe('a second launch', () => {
  const cwd = '/home/ana';

  it('names files (relative to its folder) and an archive; switches are not files', () => {
    expect(
      launchArgs(['/opt/Verbatim/verbatim', 'a.html', '--no-sandbox', '--archive', 'other.sqlite', '/data/speeches'], false, cwd),
    ).toEqual({
      archive: '/home/ana/other.sqlite',
      files: ['/home/ana/a.html', '/data/speeches'],
      links: [],
    });
    expect(launchArgs(['verbatim', '--archive=/x/a.sqlite', '--inspect=9229', '--', '--odd-name.txt'], false, cwd)).toEqual({
      archive: '/x/a.sqlite',
      files: ['/home/ana/--odd-name.txt'],
      links: [],
    });
    expect(launchArgs(['verbatim'], false, cwd)).toEqual({ archive: null, files: [], links: [] });
  });

  it('skips the app folder when Electron runs one (electron . …), even after switches', () => {
    expect(launchArgs(['/usr/bin/electron', '--inspect=0', '/src/verbatim', '--archive', '/t/a.sqlite'], true, cwd)).toEqual({
      archive: '/t/a.sqlite',
      files: [],
      links: [],
    });
    expect(launchArgs(['electron', '.', 'x.txt'], true, cwd)).toEqual({ archive: null, files: ['/home/ana/x.txt'], links: [] });
  });

  it('takes a verbatim:// link as a link to open, not a file to import', () => {
    expect(launchArgs(['/opt/Verbatim/verbatim', 'verbatim://document/12#turn-3'], false, cwd)).toEqual({
      archive: null,
      files: [],
      links: ['verbatim://document/12#turn-3'],
    });
  });

  it('hands over only well-formed data with absolute paths', () => {
    expect(handedOver({ archive: null, files: ['/a.txt'], links: [] })).toEqual({ archive: null, files: ['/a.txt'], links: [] });
    expect(handedOver({ archive: 'rel.sqlite', files: [], links: [] })).toBeNull();
    expect(handedOver({ archive: null, files: ['rel.txt'], links: [] })).toBeNull();
    expect(handedOver({ archive: null, files: [], links: ['https://example.org/'] })).toBeNull();
    expect(handedOver({ archive: null, files: [], links: [], extra: 1 })).toBeNull();
    expect(handedOver(undefined)).toBeNull();
  });
});

describe('a dataset’s url value at import', () => {
  it('keeps http(s) URLs as written', () => {
    expect(checkSourceUrl(' http://en.kremlin.ru/events/president/news/62149 ')).toEqual({
      url: 'http://en.kremlin.ru/events/president/news/62149',
      warning: null,
    });
    expect(checkSourceUrl(null)).toEqual({ url: null, warning: null });
    expect(checkSourceUrl('  ')).toEqual({ url: null, warning: null });
  });

  it.each([
    ['javascript:alert(1)', /only http and https links are kept, not javascript/],
    ['file:///etc/passwd', /not file/],
    ['kremlin.ru/events/1', /not a web address/],
    ['https://user:pw@example.org/', /user name or password/],
    [`https://example.org/${'a'.repeat(3000)}`, /longer than 2048/],
  ])('leaves out %s with a warning', (value, why) => {
    const checked = checkSourceUrl(value);
    expect(checked.url).toBeNull();
    expect(checked.warning).toMatch(/^The URL “.{1,80}” was left out: /);
    expect(checked.warning).toMatch(why);
  });
});
