/**
 * The copied text of a page and the saved page itself are one document: both
 * parsers must give the same fields and the same turns, paragraph for paragraph.
 */
import { documentsOf } from '../../main/import/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { importPaths } from '../../main/importer/importer';
import { parseKremlinHtml } from '../../main/import/kremlin-html';
import { parseKremlinText } from '../../main/import/kremlin-text';
import { FIXTURES, tempArchivePath } from './helpers';

const HTML = join(FIXTURES, 'kremlin_en_html');
const TEXT = join(FIXTURES, 'kremlin_en_txt');
const ids = readdirSync(HTML)
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.slice(0, -5))
  .sort();

describe('copied text and saved HTML of the same page', () => {
  it.each(ids)('%s: same fields and the same turns', (id) => {
    const outcome = parseKremlinHtml(readFileSync(join(HTML, `${id}.html`), 'utf8'));
    expect(outcome.kind).toBe('documents');
    if (outcome.kind !== 'documents') return;
    const fromHtml = outcome.documents[0];
    const [fromText] = documentsOf(parseKremlinText(readFileSync(join(TEXT, `${id}.txt`), 'utf8')));
    const fields = ({ title, date, time, place, summary, topics, persons, geography, turns }: typeof fromHtml) => ({
      title,
      date,
      time,
      place,
      summary,
      topics,
      persons,
      geography,
      turns,
    });
    expect(fields(fromText)).toEqual(fields(fromHtml));
  });

  it('importing the whole dev sample in both forms (and the print views) gives one document per page', async () => {
    const archive = Archive.open(tempArchivePath());
    const report = await importPaths(archive, [HTML, TEXT]);
    // 45 pages; the multi-page text files and the CRLF copy add no new documents.
    expect(archive.count()).toBe(ids.length);
    expect(report.imported).toBe(ids.length);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([{ path: join(HTML, '56255', 'photos.html'), reason: expect.stringMatching(/photo gallery/i) }]);
    // Every page keeps the URL and tags from its HTML source.
    expect(archive.list(100, 0).every((d) => archive.get(d.id)?.url?.startsWith('http://en.kremlin.ru/events/president/news/'))).toBe(true);
    archive.close();
  });
});
