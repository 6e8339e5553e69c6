import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, SEED, tempArchivePath } from './helpers';

describe('verbatim CLI', () => {
  it('imports the seed as exactly two documents, then reports them unchanged', async () => {
    const archive = tempArchivePath();
    const first = await cli('import', SEED, '--archive', archive, '--json');
    expect(first.code).toBe(0);
    const report = JSON.parse(first.out);
    expect(report).toMatchObject({ imported: 2, updated: 0, unchanged: 0, failed: [], skipped: [] });
    expect(report.documents.map((d: { title: string; status: string; path: string }) => [d.title, d.status, d.path])).toEqual([
      ['Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', 'imported', SEED],
      ['CSTO summit', 'imported', SEED],
    ]);
    const again = JSON.parse((await cli('import', SEED, '--archive', archive, '--json')).out);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
  });

  it('lists and shows documents in the documented JSON shapes', async () => {
    const archive = tempArchivePath();
    await cli('import', SEED, '--archive', archive, '--json');
    const list = JSON.parse((await cli('list', '--archive', archive, '--json')).out);
    expect(list).toHaveLength(2);
    expect(Object.keys(list[0]).sort()).toEqual(['date', 'id', 'place', 'time', 'title', 'turnCount']);
    expect(list.map((d: { title: string; date: string; time: string; place: string }) => [d.title, d.date, d.time, d.place])).toEqual([
      ['Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', '2019-11-28', '14:30', 'Bishkek'],
      ['CSTO summit', '2019-11-28', '12:30', 'Bishkek'],
    ]);

    const meeting = JSON.parse((await cli('show', String(list[0].id), '--archive', archive, '--json')).out);
    expect(Object.keys(meeting).sort()).toEqual(
      ['date', 'geography', 'id', 'persons', 'place', 'summary', 'time', 'title', 'topics', 'turns', 'url'].sort(),
    );
    expect(meeting.turns.filter((t: { speaker: string | null }) => t.speaker).map((t: { speaker: string }) => t.speaker)).toEqual([
      'President of Kyrgyzstan Sooronbay Jeenbekov',
      'President of Russia Vladimir Putin',
    ]);
    expect(meeting.persons).toEqual(['Jeenbekov Sooronbay']);
    expect(meeting.url).toBeNull();

    const summit = JSON.parse((await cli('show', String(list[1].id), '--archive', archive, '--json')).out);
    expect(summit.topics).toEqual(['CSTO', 'Foreign policy', 'National security']);
    expect(summit.geography).toEqual(['Kyrgyzstan']);
    const last = summit.turns.at(-1);
    expect(last.speaker).toBe('President of Russia Vladimir Putin');
    expect(last.text.endsWith('Thank you.')).toBe(true);
    expect(list[1].turnCount).toBe(summit.turns.length);
  });

  it('prints readable tables without --json', async () => {
    const archive = tempArchivePath();
    const imported = await cli('import', SEED, '--archive', archive);
    expect(imported.out).toMatch(/^Imported 2, updated 0, unchanged 0, skipped 0, failed 0\./);
    const list = await cli('list', '--archive', archive);
    expect(list.out.split('\n')[0]).toMatch(/^ID\s+Date\s+Time\s+Place\s+Turns\s+Title$/);
    expect(list.out).toContain('CSTO summit');
  });

  it('reports errors on stderr with a non-zero exit', async () => {
    const archive = tempArchivePath();
    expect(await cli('list')).toMatchObject({ code: 2, err: expect.stringContaining('--archive <file> is required') });
    expect(await cli('show', '99', '--archive', archive, '--json')).toMatchObject({
      code: 1,
      err: expect.stringContaining('no document with id 99'),
    });
    expect(await cli('show', 'abc', '--archive', archive)).toMatchObject({ code: 2 });
    expect(await cli('frobnicate', '--archive', archive)).toMatchObject({ code: 2, err: expect.stringContaining('unknown command') });
    expect(await cli('import', '--archive', archive)).toMatchObject({ code: 2 });
    // Requests built from the command line are checked by the same contract schemas as the window's calls.
    expect(await cli('search', 'a '.repeat(1100), '--archive', archive)).toMatchObject({
      code: 2,
      err: expect.stringContaining('query: Too big'),
    });
    expect(await cli('kwic', 'relations', '--width', '5', '--archive', archive)).toMatchObject({ code: 2 });
  });

  it('accounts for every input file: a missing file is listed as failed', async () => {
    const archive = tempArchivePath();
    const report = JSON.parse((await cli('import', SEED, '/nonexistent/file.txt', '--archive', archive, '--json')).out);
    expect(report.imported).toBe(2);
    expect(report.failed).toEqual([{ path: '/nonexistent/file.txt', error: expect.stringContaining('not there') }]);
  });

  const built = join(__dirname, '..', '..', 'out', 'main', 'cli.js');
  it.skipIf(!existsSync(built))('runs as `npm run -s verbatim` from the built output', () => {
    const archive = tempArchivePath();
    const out = execFileSync('npm', ['run', '-s', 'verbatim', '--', 'import', SEED, '--archive', archive, '--json'], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toMatchObject({ imported: 2 });
  });

  it('show --explain-labels says why each line of a plain-text source became a speaker label', async () => {
    const archive = tempArchivePath();
    const file = join(__dirname, '..', 'fixtures', 'miller_center_txt', '1964-02-01-press-conference.txt');
    const [{ id }] = JSON.parse((await cli('import', file, '--archive', archive, '--json')).out).documents;
    const shown = JSON.parse((await cli('show', String(id), '--archive', archive, '--json', '--explain-labels')).out);
    expect(shown.labelExplanations).toEqual([
      expect.objectContaining({
        path: file,
        labels: expect.arrayContaining([expect.objectContaining({ verdict: 'label', label: 'THE PRESIDENT' })]),
      }),
    ]);
    const text = (await cli('show', String(id), '--archive', archive, '--explain-labels')).out;
    expect(text).toMatch(/label\s+THE PRESIDENT — /);
    // Without the flag the JSON shape is as before.
    expect(JSON.parse((await cli('show', String(id), '--archive', archive, '--json')).out)).not.toHaveProperty('labelExplanations');
  });
});
