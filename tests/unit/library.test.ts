import { documentsOf } from '../../main/import/types';
import Database from 'better-sqlite3';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { csvField, toCsv, toMarkdown, toPlainText } from '../../main/archive/library-export';
import { createHandlers } from '../../main/ipc/ipc';
import { parseKremlinText } from '../../main/import/kremlin-text';
import { emptyDocument, type ParsedDocument } from '../../main/import/types';
import { FIXTURES, SEED, tempArchivePath, tempDir } from './helpers';
import { importPaths } from '../../main/importer/importer';

const seed = (): ParsedDocument[] => documentsOf(parseKremlinText(readFileSync(SEED, 'utf8')));
const source = { path: SEED, size: 1, fileHash: 'h', format: 'kremlin-text' as const };
const DATE_DESC = { column: 'date', direction: 'desc' } as const;

function seeded(): { archive: Archive; meeting: number; summit: number } {
  const archive = Archive.open(tempArchivePath());
  const [a, b] = seed().map((d) => archive.write(d, source).id);
  const titleOf = (id: number) => archive.get(id)?.title ?? '';
  const meeting = titleOf(a).startsWith('Meeting') ? a : b;
  return { archive, meeting, summit: meeting === a ? b : a };
}

describe('library queries', () => {
  it('filters by facets (AND across, OR within), counts each facet with the others applied, and charts months', () => {
    const { archive, meeting } = seeded();
    const all = archive.library.facets({}, 50);
    expect(all.total).toBe(2);
    expect(all.facets.year).toEqual([{ value: '2019', count: 2 }]);
    expect(all.timeline).toEqual([{ month: '2019-11', count: 2 }]);
    expect(all.facets.place.map((p) => p.value)).toContain('Bishkek');
    expect(all.facets.speaker.find((s) => s.value === 'Vladimir Putin')?.count).toBe(2);

    const speaker = 'Sooronbay Jeenbekov';
    const filtered = archive.library.query({ facets: { speaker: [speaker] } }, DATE_DESC);
    expect(filtered.ids).toEqual([meeting]);
    const counts = archive.library.facets({ facets: { speaker: [speaker] } }, 50);
    expect(counts.total).toBe(1);
    // Its own facet still offers the other speakers with their full counts.
    expect(counts.facets.speaker.find((s) => s.value === 'Vladimir Putin')?.count).toBe(2);
    expect(archive.library.query({ facets: { speaker: [speaker], year: ['2018'] } }, DATE_DESC).total).toBe(0);
    expect(archive.library.query({ from: '2019-11-29' }, DATE_DESC).total).toBe(0);
    expect(archive.library.query({ from: '2019-11-28', to: '2019-11-28' }, DATE_DESC).total).toBe(2);
    const rows = archive.library.rows([meeting]);
    expect(rows[0]).toMatchObject({ id: meeting, place: 'Bishkek', time: '14:30' });
    expect(archive.library.suggest('kyrgyz').documents.map((d) => d.id)).toContain(meeting);
    archive.close();
  });
});

describe('edits, delete and undo', () => {
  it('keeps title, date, place and tag edits across a re-import of the same source', () => {
    const { archive, meeting } = seeded();
    const before = archive.get(meeting);
    archive.library.edit(meeting, {
      title: 'Talks in Bishkek',
      date: '2019-11-27',
      place: 'Ala Archa',
      topics: ['Kyrgyzstan talks'],
      persons: ['Putin Vladimir', 'Jeenbekov Sooronbay'],
    });
    for (const d of seed()) expect(archive.write(d, source).status).toBe('unchanged');
    expect(archive.count()).toBe(2);
    const after = archive.get(meeting);
    expect(after).toMatchObject({ title: 'Talks in Bishkek', date: '2019-11-27', place: 'Ala Archa', topics: ['Kyrgyzstan talks'] });
    expect(after?.persons).toEqual(['Putin Vladimir', 'Jeenbekov Sooronbay']);
    expect(before?.persons).toEqual(['Jeenbekov Sooronbay']);
    // A changed text (an "updated" import) keeps the edits too.
    const changed = seed().map((d) => ({ ...d, turns: [...d.turns, { speaker: null, paragraphs: ['(An added line.)'] }] }));
    for (const d of changed) expect(archive.write(d, source).status).toBe('updated');
    expect(archive.get(meeting)).toMatchObject({ title: 'Talks in Bishkek', date: '2019-11-27', place: 'Ala Archa' });
    const db = new Database(archive.path, { readonly: true });
    expect(db.prepare('SELECT title_key FROM documents WHERE id = ?').pluck().get(meeting)).toBe(before?.title.toLowerCase());
    db.close();
    archive.close();
  });

  it('deletes with undo, bringing back turns, annotations, edits and collection membership', () => {
    const { archive, meeting } = seeded();
    const note = archive.library.addAnnotation({
      documentId: meeting,
      turnIdx: 0,
      paragraph: 0,
      start: 0,
      end: 7,
      quote: 'Welcome',
      note: 'warm',
    });
    const collection = archive.library.createCollection('Central Asia');
    archive.library.addToCollection(collection.id, [meeting]);
    archive.library.edit(meeting, { place: 'Bishkek, Kyrgyzstan' });
    const turns = archive.get(meeting)?.turns.length;
    const { batch, count } = archive.library.delete([meeting]);
    expect(count).toBe(1);
    expect(archive.get(meeting)).toBeNull();
    expect(archive.library.annotations(null)).toEqual([]);
    expect(archive.library.undoDelete(batch)).toEqual({ count: 1, ids: [meeting], notRestored: [] });
    expect(archive.get(meeting)?.turns.length).toBe(turns);
    expect(archive.get(meeting)?.place).toBe('Bishkek, Kyrgyzstan');
    expect(archive.library.annotations(meeting).map((a) => a.note)).toEqual([note.note]);
    expect(archive.library.collections()).toEqual([{ id: collection.id, name: 'Central Asia', count: 1 }]);
    expect(archive.library.query({ facets: { speaker: ['Vladimir Putin'] } }, DATE_DESC).total).toBe(2);
    expect(() => archive.library.undoDelete(batch)).toThrow(/nothing to undo/);
    archive.close();
  });

  it('undo brings a document back even when its collection was deleted since; a document that cannot come back stays in the trash', () => {
    const { archive, meeting, summit } = seeded();
    archive.library.addAnnotation({ documentId: meeting, turnIdx: 0, paragraph: 0, start: 0, end: 7, quote: 'Welcome', note: 'kept' });
    const collection = archive.library.createCollection('Gone soon');
    archive.library.addToCollection(collection.id, [meeting]);
    const { batch } = archive.library.delete([meeting]);
    archive.library.deleteCollection(collection.id);
    expect(archive.library.undoDelete(batch)).toEqual({ count: 1, ids: [meeting], notRestored: [] });
    expect(archive.get(meeting)?.title).toBe('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov');
    expect(archive.library.annotations(meeting).map((a) => a.note)).toEqual(['kept']);

    // The summit (the newest id) is deleted and another document imported: ids are never reused, so undo puts it back.
    const second = archive.library.delete([summit]);
    const other = { ...emptyDocument('Another transcript'), date: '2020-01-01', turns: [{ speaker: null, paragraphs: ['Text.'] }] };
    expect(archive.write(other, { path: '/x.txt', size: 1, fileHash: 'y', format: 'plain-text' }).id).toBeGreaterThan(summit);
    expect(archive.library.undoDelete(second.batch)).toEqual({ count: 1, ids: [summit], notRestored: [] });

    // Deleted, then the same page imported again: that copy stands, and the deleted one stays in the trash, named.
    const third = archive.library.delete([summit]);
    const again = seed().find((d) => d.title === 'CSTO summit');
    if (!again) throw new Error('the seed has the CSTO summit');
    expect(archive.write(again, source).status).toBe('imported');
    expect(archive.library.undoDelete(third.batch)).toEqual({ count: 0, ids: [], notRestored: ['CSTO summit'] });
    // It stays in the trash, so nothing is lost and undo can be tried again.
    expect(archive.library.undoDelete(third.batch)).toEqual({ count: 0, ids: [], notRestored: ['CSTO summit'] });
    archive.close();
  });

  it('saves filters and collections by name', () => {
    const { archive, summit } = seeded();
    const saved = archive.library.saveFilter('Summits', { facets: { place: ['Bishkek'] }, text: 'summit' });
    expect(archive.library.savedFilters()).toEqual([saved]);
    const c = archive.library.createCollection('CSTO');
    expect(() => archive.library.createCollection('csto')).toThrow(/already a collection/);
    expect(archive.library.addToCollection(c.id, [summit, summit])).toBe(1);
    expect(archive.library.query({ collection: c.id }, DATE_DESC).ids).toEqual([summit]);
    expect(archive.library.removeFromCollection(c.id, [summit])).toBe(1);
    archive.close();
  });
});

describe('exports and backup', () => {
  it('writes Markdown, text and one CSV row per turn', () => {
    const { archive, meeting } = seeded();
    const doc = archive.get(meeting);
    if (!doc) throw new Error('missing');
    const items = [{ doc, speakers: archive.library.speakers(meeting) }];
    const md = toMarkdown(items);
    expect(md).toMatch(/^# Meeting with President of Kyrgyzstan Sooronbay Jeenbekov\n/);
    expect(md).toContain('**President of Kyrgyzstan Sooronbay Jeenbekov:** Mr President,\n\nWelcome to the Kyrgyz Republic.');
    expect(toPlainText(items)).toContain('President of Russia Vladimir Putin: ');
    const csv = toCsv(items).trimEnd().split('\r\n');
    expect(csv[0]).toBe('document_id,title,date,time,place,url,turn,speaker,person,role,text');
    expect(csv[1]).toContain(',1,President of Kyrgyzstan Sooronbay Jeenbekov,Sooronbay Jeenbekov,President of Kyrgyzstan,');
    archive.close();
  });

  it('exports and backs up through the handlers to the chosen path', async () => {
    const { archive, meeting, summit } = seeded();
    const dir = tempDir();
    let n = 0;
    const handlers = createHandlers({
      archive,
      emit: () => undefined,
      chooseImportPaths: async () => null,
      chooseSavePath: async (request) => join(dir, `${n++}-${request.defaultName}`),
    });
    const exported = await handlers['export:documents']({ ids: [meeting, summit], format: 'csv' });
    expect(exported?.documents).toBe(2);
    expect(readFileSync(exported?.path ?? '', 'utf8').split('\r\n').length).toBeGreaterThan(5);
    const backup = await handlers['archive:backup']();
    const copy = Archive.open(backup?.path ?? '');
    expect(copy.count()).toBe(2);
    copy.close();
    archive.close();
  });
});

describe('backup target', () => {
  it('refuses the archive itself, also when named through a relative path or a link', async () => {
    const dir = tempDir();
    const path = join(dir, 'archive.sqlite');
    const archive = Archive.open(path);
    symlinkSync(dir, join(dir, 'same-folder'));
    await expect(archive.backup(path)).rejects.toThrow(/another file/);
    await expect(archive.backup(join(dir, 'same-folder', 'archive.sqlite'))).rejects.toThrow(/another file/);
    await expect(archive.backup(relative(process.cwd(), path))).rejects.toThrow(/another file/);
    await archive.backup(join(dir, 'copy.sqlite'));
    expect(existsSync(join(dir, 'copy.sqlite'))).toBe(true);
    archive.close();
  });
});

describe('palette suggestions', () => {
  it('count a speaker once per document, whatever labels name them there', async () => {
    const archive = Archive.open(tempArchivePath());
    // 17976 labels Putin both "President of Russia Vladimir Putin" and "Vladimir Putin".
    await importPaths(archive, [join(FIXTURES, 'kremlin_en_html', '17976.html')]);
    expect(archive.library.suggest('putin').speakers.find((s) => s.value === 'Vladimir Putin')?.count).toBe(1);
    archive.close();
  });
});

describe('speakers of plain-text transcripts', () => {
  it('"THE PRESIDENT" in a Miller Center press conference is the file\'s president, in the library and in search', async () => {
    const archive = Archive.open(tempArchivePath());
    await importPaths(archive, [join(FIXTURES, 'miller_center_txt', '1964-02-01-press-conference.txt')]);
    const [doc] = archive.list();
    const speakers = archive.library.speakers(doc.id);
    expect(speakers.find((s) => s.label === 'THE PRESIDENT')).toMatchObject({ person: 'Lyndon B. Johnson', speaker: 'Lyndon B. Johnson' });
    // "Q" stays a generic label, not a person.
    expect(speakers.find((s) => s.label === 'Q')?.person).toBeNull();
    const found = archive.search.search({ query: 'speaker:johnson Panama' });
    expect(found).toMatchObject({ status: 'ok', total: 1 });
    if (found.status === 'ok') for (const turn of found.groups[0].turns) expect(turn.speaker).toBe('THE PRESIDENT');
    archive.close();
  });
});

describe('CSV export of untrusted text', () => {
  it('keeps a cell that starts like a spreadsheet formula as text', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+7 495 000')).toBe("'+7 495 000");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('Thank you.')).toBe('Thank you.');
    expect(csvField(42)).toBe('42');
  });
});
