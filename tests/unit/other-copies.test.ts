import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { importPaths } from '../../main/importer/importer';
import { FIXTURES, tempArchivePath, tempDir } from './helpers';

const HTML = join(FIXTURES, 'kremlin_en_html', '62149.html');
const TEXT = join(FIXTURES, 'kremlin_en_txt', '62149.txt');
const SENTENCE = 'Our relations have acquired very active dynamics';

describe('a differing copy of a page already saved as HTML', () => {
  it('is kept as a version of the document, and the report says which source’s text is shown', async () => {
    const dir = tempDir();
    const archive = Archive.open(tempArchivePath());
    const first = await importPaths(archive, [HTML]);
    expect(first.imported).toBe(1);
    const id = first.documents[0].id;
    const shown = archive.get(id)?.turns;

    // The same page copied as text: the same text, nothing to keep.
    const same = await importPaths(archive, [TEXT]);
    expect(same).toMatchObject({ unchanged: 1, warnings: [] });

    // A copy someone edited: the HTML's text stays shown, the copy's text is kept beside it.
    const page = readFileSync(TEXT, 'utf8');
    expect(page).toContain(SENTENCE);
    const edited = join(dir, 'edited-62149.txt');
    writeFileSync(edited, page.replace(SENTENCE, 'Our relations have acquired a slower pace'));
    const report = await importPaths(archive, [edited]);
    expect(report).toMatchObject({ updated: 1, failed: [] });
    expect(report.warnings).toEqual([
      {
        path: edited,
        message: expect.stringMatching(
          /differs from the saved Kremlin HTML page already in the archive, whose text is still shown; this copy is kept as a version/,
        ),
      },
    ]);
    expect(archive.get(id)?.turns).toEqual(shown);
    const versions = archive.compare.versions(id);
    expect(versions).toEqual([{ id: expect.any(Number), replacedAt: expect.any(String), kind: 'other-copy', source: edited }]);
    const kept = archive.compare.version(versions[0].id);
    expect(kept?.turns.map((t) => t.text).join('\n')).toContain('Our relations have acquired a slower pace');

    // The same edited copy again: already kept, nothing new.
    const again = await importPaths(archive, [edited]);
    expect(again).toMatchObject({ unchanged: 1, warnings: [] });
    expect(archive.compare.versions(id)).toHaveLength(1);
    archive.close();
  });

  it('a changed copy from the same kind of source replaces the text and keeps the old one, naming its file', async () => {
    const dir = tempDir();
    const archive = Archive.open(tempArchivePath());
    const original = join(dir, '62149.txt');
    copyFileSync(TEXT, original);
    const [{ id }] = (await importPaths(archive, [original])).documents;
    const edited = join(dir, 'edited.txt');
    writeFileSync(edited, readFileSync(TEXT, 'utf8').replace(SENTENCE, 'Our relations have acquired a slower pace'));
    expect(await importPaths(archive, [edited])).toMatchObject({ updated: 1 });
    expect(archive.compare.versions(id)).toEqual([
      { id: expect.any(Number), replacedAt: expect.any(String), kind: 'replaced', source: original },
    ]);
    archive.close();
  });
});
