/**
 * "Did you mean": the most frequent close form, written as the archive
 * writes it. Before, "Ukrane" offered "ukraines" — the folded form of the first "Ukraine's"
 * found — while the suggestions offered "Ukraine".
 */
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { emptyDocument, type ParsedDocument } from '../../main/import/types';
import { tempArchivePath } from './helpers';

const source = { path: '/x.txt', size: 1, fileHash: 'h', format: 'kremlin-html' as const };

function doc(n: number, title: string, paragraphs: string[]): ParsedDocument {
  return {
    ...emptyDocument(title),
    url: `http://en.kremlin.ru/events/president/news/${90000 + n}`,
    date: `2019-05-0${n}`,
    turns: paragraphs.map((p) => ({ speaker: 'Vladimir Putin', paragraphs: [p] })),
  };
}

describe('did you mean', () => {
  it('offers the close word in the form the archive writes most often, and the written form nearest to what was typed', () => {
    const archive = Archive.open(tempArchivePath());
    try {
      archive.write(doc(1, 'Talks', ["Ukraine's position is known.", 'We spoke about Ukraine.', 'Ukraine and Russia signed it.']), source);
      archive.write(doc(2, 'Security Council meeting', ['The criminal code was amended.', 'Crimea was discussed.']), source);
      archive.write(doc(3, 'Meeting with prosecutors', ['Criminal cases and criminals.']), source);
      const ask = (query: string) => archive.search.search({ query });
      expect(ask('Ukrane')).toMatchObject({ status: 'ok', total: 0, didYouMean: 'Ukraine' });
      expect(ask('ukrane position')).toMatchObject({ total: 0, didYouMean: 'Ukraine position' });
      // "crimin" (criminal, 2 documents) and "crimea" (1) are both one edit from the stem "crimia";
      // the written forms decide: Crimea is one letter from Crimia, criminal three.
      expect(ask('Crimia')).toMatchObject({ total: 0, didYouMean: 'Crimea' });
      expect(ask('Ukraine')).toMatchObject({ total: 1, didYouMean: null });
      // The window asks for the page first and the counts after it: the correction comes with the counts.
      expect(archive.search.search({ query: 'Ukrane', part: 'page' })).toMatchObject({ status: 'page', total: 0, didYouMean: null });
      expect(archive.search.search({ query: 'Ukrane', part: 'counts' })).toMatchObject({
        status: 'counts',
        total: 0,
        didYouMean: 'Ukraine',
      });
    } finally {
      archive.close();
    }
  });
});
