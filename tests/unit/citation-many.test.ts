/**
 * A bibliography of many documents (main/analysis/citation-many.ts): one entry per document under
 * a key of its own, the attribution in each, and files that citation-js reads back as they were
 * written. Documents are real pages of the fixtures (tests/fixtures/kremlin_en_html and
 * kremlin_ru_csv; Source: en.kremlin.ru and kremlin.ru, CC BY 4.0).
 */
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { baseKey, bibliography, citationKeys } from '../../main/analysis/citation-many';
import type { CiteRow } from '../../main/archive/analysis-read';

const ATTRIBUTION = 'Source: en.kremlin.ru, licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)';

const row = (id: number, title: string, date: string | null, url: string | null, language = 'en'): CiteRow => ({
  id,
  title,
  date,
  time: null,
  place: 'Bishkek',
  url,
  attribution: url?.includes('en.kremlin') ? ATTRIBUTION : 'Source: kremlin.ru, CC BY 4.0',
  language,
  mainSpeakers: null,
});

const docs: CiteRow[] = [
  row(3, 'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', '2019-11-28', 'http://en.kremlin.ru/events/president/news/62146'),
  row(1, 'Russian-Uzbekistani talks took place', '2010-04-20', 'http://en.kremlin.ru/events/president/news/7480'),
  row(2, 'Встреча с губернатором Тверской области Игорем Руденей', '2025-02-04', 'http://kremlin.ru/events/president/news/76206', 'ru'),
  // The same page imported twice (a second copy): its key gets a and b.
  row(7, 'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', '2019-11-28', 'http://en.kremlin.ru/events/president/news/62146'),
  // No address: the key is made of the title's words.
  row(9, 'The “Direct Line” with Vladimir Putin', '2019-12-19', null),
];

describe('citation keys', () => {
  it('are the site, the date and the page number, or the title’s first words without an address', () => {
    expect(baseKey(docs[0])).toBe('kremlin-2019-11-28-62146');
    expect(baseKey(docs[2])).toBe('kremlin-2025-02-04-76206');
    expect(baseKey(docs[4])).toBe('verbatim-2019-12-19-direct-line-vladimir');
    expect(baseKey(row(5, 'Встреча с Путиным', null, null))).toBe('verbatim-nd-vstrecha-s-putinym');
  });

  it('tell repeats apart with a, b, c in the order given', () => {
    expect(citationKeys([docs[0], docs[1], docs[3]])).toEqual([
      'kremlin-2019-11-28-62146a',
      'kremlin-2010-04-20-7480',
      'kremlin-2019-11-28-62146b',
    ]);
  });
});

describe('a bibliography of many documents', () => {
  it('BibTeX: one entry per document, by date, that citation-js reads back with the same keys, titles and notes', () => {
    const bib = bibliography(docs, 'bibtex');
    expect(bib.match(/^@misc\{/gm)).toHaveLength(5);
    const keys = [...bib.matchAll(/^@misc\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual([
      'kremlin-2010-04-20-7480',
      'kremlin-2019-11-28-62146a',
      'kremlin-2019-11-28-62146b',
      'verbatim-2019-12-19-direct-line-vladimir',
      'kremlin-2025-02-04-76206',
    ]);
    const back = new Cite(bib).data as { 'citation-key': string; title: string; note?: string; URL?: string }[];
    expect(back).toHaveLength(5);
    expect(back.map((d) => d['citation-key'])).toEqual(keys);
    expect(back.map((d) => d.title)).toEqual([docs[1].title, docs[0].title, docs[3].title, docs[4].title, docs[2].title]);
    expect(back[0].note).toBe(ATTRIBUTION);
    expect(back[0].URL).toBe('http://en.kremlin.ru/events/president/news/7480');
  });

  it('RIS: a TY … ER record per document, read back by citation-js with the titles and the attribution', () => {
    const ris = bibliography(docs, 'ris');
    const records = ris.trim().split(/\nER {2}- ?\n?/);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(5);
    expect(ris.match(/^ER {2}- ?$/gm)).toHaveLength(5);
    expect(records.filter((r) => r.trim())).toHaveLength(5);
    expect(ris).toContain('ID  - kremlin-2019-11-28-62146b');
    expect(ris.match(new RegExp(`^N1  - ${ATTRIBUTION.replace(/[()]/g, '\\$&')}$`, 'gm'))).toHaveLength(3);
    const back = new Cite(ris).data as { title: string; note?: string }[];
    expect(back).toHaveLength(5);
    expect(back.map((d) => d.title)).toEqual([docs[1].title, docs[0].title, docs[3].title, docs[4].title, docs[2].title]);
  });

  it('CSL-JSON: the items under their keys, with the attribution as the note', () => {
    const items = JSON.parse(bibliography(docs, 'csl-json')) as { id: string; 'citation-key': string; note: string; type: string }[];
    expect(items).toHaveLength(5);
    expect(items[0]).toMatchObject({
      id: 'kremlin-2010-04-20-7480',
      'citation-key': 'kremlin-2010-04-20-7480',
      type: 'speech',
      note: ATTRIBUTION,
    });
    expect(new Cite(items).data).toHaveLength(5);
  });
});
