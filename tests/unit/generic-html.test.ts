/**
 * Transcripts saved as HTML from other official sites. The pages here are built
 * around the real text of a Miller Center press conference (public domain): the
 * site chrome around it (navigation, scripts, footer) must not leak into the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../main/import/detect';
import { parseGenericHtml } from '../../main/import/generic-html';
import { FIXTURES } from './helpers';

const paragraphs = readFileSync(join(FIXTURES, 'miller_center_txt', '1964-02-01-press-conference.txt'), 'utf8')
  .split(/\n\s*\n/)
  .slice(1) // the "President: NAME" header line of the text file
  .map((p) => p.trim())
  .filter(Boolean);
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(body: string): string {
  return `<!doctype html><html lang="en-US"><head><title>News Conference | The American Presidency</title>
<meta property="og:url" content="https://example.org/documents/the-presidents-news-conference-1964-02-01">
<meta name="description" content="The President's news conference of February 1, 1964.">
<script>window.dataLayer = [{ page: 'transcript' }];</script><style>p { margin: 0 }</style></head>
<body><header><nav><a href="/">Home</a> <a href="/documents">Documents</a></nav></header>
${body}
<footer><p>Copyright notice and site links that are not part of the transcript.</p></footer></body></html>`;
}

const article =
  page(`<article><h1>The President's News Conference</h1><p class="meta"><time datetime="1964-02-01T16:00:00Z">February 1, 1964</time></p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article>`);

describe('HTML pages from other sites', () => {
  it('reads title, date, URL, language and speaker turns from the page, and nothing from its chrome', () => {
    const outcome = parseGenericHtml(article, 'news-conference.html');
    expect(outcome.kind).toBe('documents');
    if (outcome.kind !== 'documents') return;
    expect(outcome.format).toBe('html');
    const [doc] = outcome.documents;
    expect(doc).toMatchObject({
      title: "The President's News Conference",
      date: '1964-02-01',
      url: 'https://example.org/documents/the-presidents-news-conference-1964-02-01',
      language: 'en',
      summary: "The President's news conference of February 1, 1964.",
    });
    const speakers = doc.turns.map((t) => t.speaker);
    expect(speakers[0]).toBe('THE PRESIDENT');
    expect(speakers).toContain('Q');
    expect(doc.turns[0].paragraphs[0].startsWith('This past week the United States')).toBe(true);
    const all = doc.turns.flatMap((t) => t.paragraphs).join('\n');
    for (const chrome of ['Home', 'Documents', 'dataLayer', 'Copyright notice', 'margin: 0']) expect(all).not.toContain(chrome);
    // The date line under the title is not transcript text either way it is read.
    expect(all).not.toMatch(/^February 1, 1964$/m);
  });

  it('goes through format detection for any .html that is not an en.kremlin.ru page', () => {
    const outcome = parseFile('conference.html', Buffer.from(article, 'utf8'));
    expect(outcome).toMatchObject({ kind: 'documents', format: 'html' });
  });

  it('reads text laid out with <br> inside a container when the page has no paragraphs', () => {
    const html = page(`<main><h1>Remarks</h1><div>${paragraphs.slice(0, 6).map(escape).join('<br><br>')}</div></main>`);
    const outcome = parseGenericHtml(html, 'remarks.html');
    expect(outcome.kind).toBe('documents');
    if (outcome.kind === 'documents') expect(outcome.documents[0].turns.flatMap((t) => t.paragraphs).length).toBeGreaterThanOrEqual(6);
  });

  it('skips a page with no transcript text, with the reason', () => {
    const outcome = parseGenericHtml(page('<main><h1>Search</h1><p>No results.</p></main>'), 'search.html');
    expect(outcome).toEqual({ kind: 'skipped', reason: expect.stringContaining('without transcript text') });
  });
});
