/**
 * `verbatim show <id> --explain-labels` (main/cli/labels.ts): the document's sources are read
 * again and each line that opened like a label is listed with the reason it was taken or not.
 * Inputs: the dev fixture 62149 (en.kremlin.ru, CC BY 4.0) and a Miller Center file (public domain).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainDocumentLabels, explainDocumentSources } from '../../main/cli/labels';
import { FIXTURES } from './helpers';

const source = (path: string, format: string) => ({ path, format, size: 0, importedAt: '2026-01-01T00:00:00Z' });

describe('explaining a document’s labels', () => {
  it('finds the page in a copied text and gives a reason for each label', () => {
    const doc = {
      title: 'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov',
      date: '2019-11-28',
      sources: [
        source(join(FIXTURES, 'kremlin_en_txt', '62149.txt'), 'kremlin-text'),
        source(join(FIXTURES, 'kremlin_en_html', '62149.html'), 'kremlin-html'),
      ],
    };
    const [text, html] = explainDocumentSources(doc);
    expect(text.note).toBeNull();
    expect(text.labels).toEqual([
      { verdict: 'label', label: 'President of Kyrgyzstan Sooronbay Jeenbekov', reasons: ['names a person (Sooronbay Jeenbekov)'] },
      { verdict: 'label', label: 'President of Russia Vladimir Putin', reasons: ['names a person (Vladimir Putin)'] },
    ]);
    expect(html.note).toMatch(/bold/);
    const printed = explainDocumentLabels(doc);
    expect(printed).toContain('label  President of Russia Vladimir Putin — names a person (Vladimir Putin)');
  });

  it('explains a plain transcript, and says when a source is gone', () => {
    const name = '2018-01-30-state-union-address.txt';
    const doc = {
      title: 'State of the Union Address',
      date: '2018-01-30',
      sources: [source(join(FIXTURES, 'labels', 'miller_center_txt', name), 'plain-text'), source('/nowhere/gone.txt', 'plain-text')],
    };
    const printed = explainDocumentLabels(doc);
    expect(printed).toContain('text   CJ — one label, printed once, does not make a dialogue');
    expect(printed).toContain('/nowhere/gone.txt (plain-text): the file is no longer there');
  });
});
