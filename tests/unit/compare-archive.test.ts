import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { createHandlers, registerHandlers, type IpcEventLike } from '../../main/ipc/ipc';
import { importPaths } from '../../main/importer/importer';
import { ArchiveWords, compareDocuments, Comparisons, SimilarPassages } from '../../main/compare/service';
import { DIRECT_LINE_2013, DIRECT_LINE_2018, editedCopy, NEWS_CONFERENCE_2018, parsedPage } from './compare-fixtures';
import { cli, FIXTURES, tempArchivePath } from './helpers';

const HTML = join(FIXTURES, 'kremlin_en_html');

async function archiveWith(ids: string[]): Promise<{ path: string; ids: Map<string, number> }> {
  const path = tempArchivePath();
  const archive = Archive.open(path);
  try {
    const report = await importPaths(
      archive,
      ids.map((id) => join(HTML, `${id}.html`)),
    );
    return { path, ids: new Map(report.documents.map((d) => [d.path.replace(/^.*\/(\d+)\.html$/, '$1'), d.id])) };
  } finally {
    archive.close();
  }
}

/** The news conference stored, then re-imported in an edited form: the archive keeps the first text as a version. */
function storeEditedVersion(archive: Archive, id: number): ReturnType<typeof editedCopy> {
  const edit = editedCopy(parsedPage(NEWS_CONFERENCE_2018));
  const result = archive.write(edit.copy, { path: '/edited/59455.html', size: 1, fileHash: 'edited', format: 'kremlin-html' });
  expect(result).toEqual({ id, status: 'updated' });
  return edit;
}

describe('verbatim compare (CLI)', () => {
  it('prints pairs, only-left/only-right, shared phrases and a summary as JSON', async () => {
    const { path, ids } = await archiveWith([DIRECT_LINE_2013, DIRECT_LINE_2018]);
    const a = String(ids.get(DIRECT_LINE_2013));
    const b = String(ids.get(DIRECT_LINE_2018));
    const result = await cli('compare', a, b, '--archive', path, '--json');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['pairs', 'onlyLeft', 'onlyRight', 'sharedPhrases', 'summary']));
    expect(Object.keys(json.summary)).toEqual(
      expect.arrayContaining(['similarity', 'wordsLeft', 'wordsRight', 'distinctiveLeft', 'distinctiveRight']),
    );
    const pair = json.pairs.find((p: { left: { text: string } }) => p.left.text === 'Thank you for your attention. (Applause.)');
    expect(pair).toMatchObject({ right: { text: 'Thank you for your question.' }, score: 0.5714, moved: false });
    expect(Object.keys(pair.left).sort()).toEqual(['paragraph', 'sentence', 'speaker', 'text', 'turn']);
    // The location is the document's own: turn and paragraph index into `show`'s turns.
    const shown = JSON.parse((await cli('show', a, '--archive', path, '--json')).out);
    expect(shown.turns[pair.left.turn].text.split('\n\n')[pair.left.paragraph]).toBe(pair.left.text);
    expect(json.summary.similarity).toBeGreaterThan(0);
    expect(json.summary.similarity).toBeLessThan(0.2);
    expect(json.sharedPhrases).toContainEqual(expect.objectContaining({ text: 'draw your attention to the fact that', count: 9 }));
    expect(json.onlyLeft.length + json.pairs.length).toBeGreaterThan(800);

    const self = JSON.parse((await cli('compare', a, a, '--archive', path, '--json')).out);
    expect(self.summary.similarity).toBe(1);
    expect(self.onlyLeft).toEqual([]);
    expect(self.onlyRight).toEqual([]);

    const text = await cli('compare', a, b, '--archive', path);
    expect(text.out).toContain('Similarity 0.1');
    expect(text.out).toContain('Distinctive right:');
  });

  it('restricts a side to one speaker by label or person, and explains a name that matches nobody', async () => {
    const { path, ids } = await archiveWith([NEWS_CONFERENCE_2018]);
    const id = String(ids.get(NEWS_CONFERENCE_2018));
    const putin = JSON.parse(
      (await cli('compare', id, id, '--archive', path, '--json', '--speaker-left', 'PUTIN', '--speaker-right', 'Vladimir Putin')).out,
    );
    expect(putin.summary.similarity).toBe(1);
    const speakers = new Set(putin.pairs.map((p: { left: { speaker: string } }) => p.left.speaker));
    expect(speakers).toEqual(new Set(['President of Russia Vladimir Putin', 'Vladimir Putin']));
    const peskov = JSON.parse(
      (await cli('compare', id, id, '--archive', path, '--json', '--speaker-left', 'presidential press secretary dmitry peskov')).out,
    );
    expect(peskov.onlyLeft).toEqual([]);
    expect(peskov.pairs.every((p: { left: { speaker: string } }) => p.left.speaker === 'Presidential Press Secretary Dmitry Peskov')).toBe(
      true,
    );
    expect(peskov.onlyRight.length).toBeGreaterThan(500);

    const nobody = await cli('compare', id, id, '--archive', path, '--speaker-left', 'Angela Merkel');
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain('No turn of “Angela Merkel”');
    const bad = await cli('compare', id, '--archive', path);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('compare needs two document ids');
  });

  it('compares a document with its previous version', async () => {
    const { path, ids } = await archiveWith([NEWS_CONFERENCE_2018]);
    const id = ids.get(NEWS_CONFERENCE_2018) as number;
    const archive = Archive.open(path);
    let versionId: number;
    try {
      storeEditedVersion(archive, id);
      const versions = archive.compare.versions(id);
      expect(versions).toHaveLength(1);
      versionId = versions[0].id;
      const c = compareDocuments(archive, { left: { documentId: id, versionId }, right: { documentId: id } });
      expect(c.left.versions).toEqual(versions);
      expect(c.inline?.filter((b) => b.kind !== 'same').map((b) => [b.kind, b.moved])).toEqual([
        ['inserted', true],
        ['changed', false],
        ['deleted', true],
      ]);
    } finally {
      archive.close();
    }
    const json = JSON.parse(
      (await cli('compare', String(id), String(id), '--archive', path, '--json', '--version-left', String(versionId))).out,
    );
    expect(json.summary.movedCount).toBe(1);
    expect(json.pairs.find((p: { moved: boolean }) => p.moved).left.text).toContain('I wish you all a Happy New Year.');
  });
});

describe('similar passages across the archive', () => {
  it('finds the edited copy of a paragraph in another document, with its Jaccard similarity', async () => {
    const pages = readdirSync(HTML).filter((f) => f.endsWith('.html') && statSync(join(HTML, f)).isFile());
    const path = tempArchivePath();
    const archive = Archive.open(path);
    try {
      const report = await importPaths(
        archive,
        pages.map((f) => join(HTML, f)),
      );
      const newsId = report.documents.find((d) => d.path.endsWith(`${NEWS_CONFERENCE_2018}.html`))?.id as number;
      // The edited copy stored as a document of its own (another title and date, no URL).
      const edit = editedCopy(parsedPage(NEWS_CONFERENCE_2018));
      const copy = archive.write(
        { ...edit.copy, url: null, title: 'Edited copy of the news conference', date: '2019-01-01' },
        { path: '/edited.html', size: 1, fileHash: 'x', format: 'kremlin-html' },
      );
      const similar = new SimilarPassages(archive);
      const first = await similar.find({ documentId: newsId, turn: edit.moved.from.turn, paragraph: edit.moved.from.paragraph });
      expect(first.indexBuildMs).not.toBeNull();
      expect(first.indexedPassages).toBeGreaterThan(4000);
      expect(first.query.text).toBe(edit.moved.original);
      // 37 distinct word 3-grams in the original, 39 in the copy, 32 shared: 32 / (37 + 39 − 32) = 0.7273.
      expect(first.hits[0]).toMatchObject({
        documentId: copy.id,
        title: 'Edited copy of the news conference',
        date: '2019-01-01',
        turn: edit.moved.to.turn,
        paragraph: edit.moved.to.paragraph,
        speaker: 'President of Russia Vladimir Putin',
        text: edit.moved.edited,
        similarity: 0.7273,
        containment: 0.8649,
      });
      // The query paragraph itself is not a hit; an unchanged paragraph finds its copy with similarity 1.
      expect(
        first.hits.some((h) => h.documentId === newsId && h.turn === edit.moved.from.turn && h.paragraph === edit.moved.from.paragraph),
      ).toBe(false);
      const second = await similar.find({ documentId: newsId, turn: 1, paragraph: 1, limit: 5 });
      expect(second.indexBuildMs).toBeNull();
      expect(second.hits[0]).toMatchObject({ documentId: copy.id, similarity: 1 });
      expect(second.hits.length).toBeLessThanOrEqual(5);

      // Through the IPC table, with the contract's validation.
      const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
      registerHandlers(
        { handle: (c, l) => handlers.set(c, l) },
        createHandlers({ archive, emit: () => undefined, chooseImportPaths: async () => null }),
        () => true,
      );
      const event: IpcEventLike = { senderFrame: { url: 'app://verbatim/', parent: null } };
      const viaIpc = (await handlers.get('compare:similar')?.(event, { documentId: newsId, turn: 1, paragraph: 1 })) as { ok: boolean };
      expect(viaIpc.ok).toBe(true);
      const refused = (await handlers.get('compare:documents')?.(event, { left: { documentId: -1 }, right: { documentId: newsId } })) as {
        ok: boolean;
        error: string;
      };
      expect(refused).toMatchObject({ ok: false });
      expect(refused.error).toContain('Invalid request to “compare:documents”');
      const missing = (await handlers.get('compare:similar')?.(event, { documentId: newsId, turn: 9999, paragraph: 0 })) as {
        ok: boolean;
        error: string;
      };
      expect(missing).toEqual({ ok: false, error: `Document ${newsId} has no paragraph 0 in turn 9999.` });
    } finally {
      archive.close();
    }
  });
});

describe("the archive's word frequencies, read ahead", () => {
  it('read a part at a time give what reading them at once gives, and start again when the archive changes', async () => {
    const { path } = await archiveWith([DIRECT_LINE_2013, DIRECT_LINE_2018, NEWS_CONFERENCE_2018]);
    const archive = Archive.open(path);
    try {
      const whole = archive.compare.stemDocFrequencies();
      expect(whole.freq.size).toBeGreaterThan(2000);
      const words = new ArchiveWords(archive);
      let steps = 1;
      while (!words.warm()) steps++;
      // More than one part: the worker gives way to questions between them.
      expect(steps).toBeGreaterThan(1);
      const read = words.get();
      expect(read.documents).toBe(whole.documents);
      for (const [stem, n] of whole.freq) expect(read.docFreq(stem), stem).toBe(n);

      storeEditedVersion(archive, (archive.list(10, 0).find((d) => d.title.includes('news conference')) as { id: number }).id);
      expect(words.warm()).toBe(false);
      const again = archive.compare.stemDocFrequencies();
      const fresh = words.get();
      for (const [stem, n] of again.freq) expect(fresh.docFreq(stem), stem).toBe(n);
    } finally {
      archive.close();
    }
  });
});

describe('the window’s comparison, a first screen then the whole', () => {
  it('by themes draws the first screen before the shared phrases are found; the whole result is what compare gives', async () => {
    const { path, ids } = await archiveWith([DIRECT_LINE_2013, DIRECT_LINE_2018]);
    const archive = Archive.open(path);
    try {
      const request = {
        left: { documentId: ids.get(DIRECT_LINE_2013) as number },
        right: { documentId: ids.get(DIRECT_LINE_2018) as number },
        mode: 'auto' as const,
      };
      const comparisons = new Comparisons(archive);
      const first = comparisons.compare({ ...request, firstScreen: 30 });
      expect(first).toMatchObject({ mode: 'themes', partial: true, sharedPhrases: [] });
      expect(first.themes?.pairs.length).toBeGreaterThan(0);
      const whole = comparisons.compare(request);
      const alone = compareDocuments(archive, request);
      expect(whole.sharedPhrases.length).toBeGreaterThan(0);
      expect({ ...whole, elapsedMs: 0 }).toEqual({ ...alone, elapsedMs: 0 });
      // By versions the first screen marks the shared phrases in its rows: it comes with them.
      const versions = new Comparisons(archive).compare({ ...request, mode: 'versions', firstScreen: 30 });
      expect(versions.sharedPhrases.length).toBeGreaterThan(0);
    } finally {
      archive.close();
    }
  });
});
