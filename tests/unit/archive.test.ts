import { documentsOf } from '../../main/import/types';
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { openDatabase, schemaVersion } from '../../main/archive/open';
import { writeDocument, type SourceInfo } from '../../main/archive/write';
import { parseKremlinText } from '../../main/import/kremlin-text';
import { emptyDocument, type ParsedDocument } from '../../main/import/types';
import { readFileSync } from 'node:fs';
import { SEED, tempArchivePath } from './helpers';

const seedDocs = (): ParsedDocument[] => documentsOf(parseKremlinText(readFileSync(SEED, 'utf8')));
const source = (format: SourceInfo['format'] = 'kremlin-text', path = SEED): SourceInfo => ({ path, size: 1, fileHash: 'h', format });

function doc(overrides: Partial<ParsedDocument>): ParsedDocument {
  return { ...emptyDocument('Meeting with Government members'), date: '2016-03-02', time: '16:10', ...overrides };
}

describe('migrations', () => {
  it('builds the schema on an empty file and records every migration', () => {
    const path = tempArchivePath();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining([
        'documents',
        'source_files',
        'turns',
        'tags',
        'document_versions',
        'search_docs',
        'search_turns',
        'schema_migrations',
      ]),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('reopening applies nothing twice and keeps the data', () => {
    const path = tempArchivePath();
    const archive = Archive.open(path);
    for (const d of seedDocs()) archive.write(d, source());
    archive.close();
    const again = Archive.open(path);
    expect(again.count()).toBe(2);
    again.close();
    const db = new Database(path);
    expect((db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses an archive written by a newer schema with a clear message', () => {
    const path = tempArchivePath();
    openDatabase(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'now')").run();
    db.close();
    expect(() => openDatabase(path)).toThrow(/newer Verbatim \(schema 999/);
  });

  it('backs the file up before a migration that rewrites data, and the data survives it', () => {
    const path = tempArchivePath();
    const archive = Archive.open(path);
    for (const d of seedDocs()) archive.write(d, source());
    archive.close();
    const rewrite = {
      version: (MIGRATIONS.at(-1)?.version ?? 0) + 1,
      name: 'test rewrite',
      rewritesData: true,
      up: (db: Database.Database) => db.exec("UPDATE documents SET title = title || ''"),
    };
    const db = openDatabase(path, { migrations: [...MIGRATIONS, rewrite] });
    expect(schemaVersion(db)).toBe(rewrite.version);
    expect((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(2);
    db.close();
    const backups = readdirSync(dirname(path)).filter((name) => name.endsWith('.bak'));
    expect(backups).toEqual([`archive.sqlite.schema-${MIGRATIONS.at(-1)?.version}.bak`]);
    const copy = new Database(`${dirname(path)}/${backups[0]}`, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(2);
    copy.close();
  });
});

describe('writing documents', () => {
  it('imports, then reports the same text as unchanged', () => {
    const archive = Archive.open(tempArchivePath());
    const [first, second] = seedDocs();
    expect(archive.write(first, source()).status).toBe('imported');
    expect(archive.write(second, source()).status).toBe('imported');
    expect(archive.write(first, source()).status).toBe('unchanged');
    expect(archive.count()).toBe(2);
    archive.close();
  });

  it('keeps the speaker turns in order with their paragraphs, and the tags', () => {
    const archive = Archive.open(tempArchivePath());
    const [meeting] = seedDocs();
    const { id } = archive.write(meeting, source());
    const stored = archive.get(id);
    expect(stored?.turns.map((t) => t.speaker)).toEqual(meeting.turns.map((t) => t.speaker));
    expect(stored?.turns[0].text).toBe(meeting.turns[0].paragraphs.join('\n\n'));
    expect(stored?.persons).toEqual(['Jeenbekov Sooronbay']);
    expect(stored?.sources).toEqual([expect.objectContaining({ path: SEED, format: 'kremlin-text' })]);
    archive.close();
  });

  it('the same page from a text copy and from HTML with a URL is one document with the richer fields', () => {
    const archive = Archive.open(tempArchivePath());
    const text = doc({ turns: [{ speaker: 'Vladimir Putin', paragraphs: ['Good afternoon, colleagues.'] }] });
    const html = { ...text, url: 'http://en.kremlin.ru/events/president/news/51436', topics: ['Government'], place: 'The Kremlin, Moscow' };
    const a = archive.write(text, source('kremlin-text'));
    const b = archive.write(html, source('kremlin-html', '/x/51436.html'));
    expect(b).toEqual({ id: a.id, status: 'unchanged' });
    const stored = archive.get(a.id);
    expect(stored?.url).toBe(html.url);
    expect(stored?.topics).toEqual(['Government']);
    expect(stored?.place).toBe('The Kremlin, Moscow');
    expect(stored?.sources).toHaveLength(2);
    // …and a print view of the same URL is the same document again.
    expect(archive.write({ ...html }, source('kremlin-html', '/x/51436/print.html')).id).toBe(a.id);
    expect(archive.count()).toBe(1);
    archive.close();
  });

  it('changed text of the same document is updated and the previous text is kept', () => {
    const path = tempArchivePath();
    const archive = Archive.open(path);
    const v1 = doc({ url: 'http://en.kremlin.ru/events/president/news/1', turns: [{ speaker: 'A', paragraphs: ['First version.'] }] });
    const v2 = { ...v1, turns: [{ speaker: 'A', paragraphs: ['Corrected version.'] }] };
    const { id } = archive.write(v1, source('kremlin-html'));
    expect(archive.write(v2, source('kremlin-html'))).toEqual({ id, status: 'updated' });
    expect(archive.get(id)?.turns[0].text).toBe('Corrected version.');
    // The search index follows the turns.
    expect(archive.search.search({ query: 'corrected' })).toMatchObject({ total: 1 });
    expect(archive.search.search({ query: 'first' })).toMatchObject({ total: 0 });
    archive.close();
    const db = new Database(path, { readonly: true });
    const versions = db.prepare('SELECT turns FROM document_versions WHERE document_id = ?').all(id) as { turns: string }[];
    expect(JSON.parse(versions[0].turns)).toEqual([{ speaker: 'A', text: 'First version.' }]);
    db.close();
  });

  it('a document that fails half-way leaves nothing behind', () => {
    const db = openDatabase(tempArchivePath());
    db.exec("CREATE TEMP TRIGGER fail BEFORE INSERT ON turns WHEN new.text LIKE '%BOOM%' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    const bad = doc({
      turns: [
        { speaker: 'A', paragraphs: ['fine'] },
        { speaker: 'B', paragraphs: ['BOOM'] },
      ],
    });
    expect(() => writeDocument(db, bad, source())).toThrow('disk trouble');
    for (const table of ['documents', 'turns', 'tags', 'source_files']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    expect(db.prepare('SELECT count(*) AS n FROM search_turns').get()).toEqual({ n: 0 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('lists newest first with undated documents last', () => {
    const archive = Archive.open(tempArchivePath());
    archive.write(doc({ title: 'Old', date: '2001-01-01', time: null }), source());
    archive.write(doc({ title: 'Undated', date: null, time: null }), source());
    archive.write(doc({ title: 'New', date: '2020-07-20', time: '14:10' }), source());
    archive.write(doc({ title: 'New earlier', date: '2020-07-20', time: '09:00' }), source());
    expect(archive.list().map((d) => d.title)).toEqual(['New', 'New earlier', 'Old', 'Undated']);
    expect(existsSync(archive.path)).toBe(true);
    archive.close();
  });
});

describe('identity of undated documents without a URL', () => {
  const briefing = (text: string): ParsedDocument => ({
    ...emptyDocument('Press briefing'),
    turns: [{ speaker: 'MS. SMITH', paragraphs: [text] }],
  });

  it('two files with the same heading and no date are two documents; the same file again is the same one', () => {
    const archive = Archive.open(tempArchivePath());
    const monday = archive.write(briefing('Good morning. Monday’s schedule.'), source('plain-text', '/briefings/monday.md'));
    const tuesday = archive.write(briefing('Good morning. Tuesday’s schedule.'), source('plain-text', '/briefings/tuesday.md'));
    expect(monday.status).toBe('imported');
    expect(tuesday).toMatchObject({ status: 'imported' });
    expect(tuesday.id).not.toBe(monday.id);
    expect(archive.write(briefing('Good morning. Monday’s schedule.'), source('plain-text', '/briefings/monday.md'))).toEqual({
      id: monday.id,
      status: 'unchanged',
    });
    expect(archive.write(briefing('Good morning. Monday’s schedule, corrected.'), source('plain-text', '/briefings/monday.md'))).toEqual({
      id: monday.id,
      status: 'updated',
    });
    expect(archive.count()).toBe(2);
    archive.close();
  });
});
