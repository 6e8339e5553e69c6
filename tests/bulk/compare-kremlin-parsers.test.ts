/**
 * Dev aid: compares the HTML parser with the copied-text parser on the fixture pages
 * (same speakers and paragraph texts expected). Prints the differences; does not fail.
 *   npx vitest run --config tests/bulk/vitest.config.ts compare
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'vitest';
import { parseKremlinHtml } from '../../main/import/kremlin-html';
import { parseKremlinText } from '../../main/import/kremlin-text';

const FIXTURES = join(__dirname, '../fixtures');

test('compare', () => {
  const lines: string[] = [];
  for (const name of readdirSync(join(FIXTURES, 'kremlin_en_html')).filter((n) => n.endsWith('.html')).sort()) {
    const id = name.slice(0, -5);
    const outcome = parseKremlinHtml(readFileSync(join(FIXTURES, 'kremlin_en_html', name), 'utf8'));
    if (outcome.kind !== 'documents') continue;
    const html = outcome.documents[0];
    const text = parseKremlinText(readFileSync(join(FIXTURES, 'kremlin_en_txt', `${id}.txt`), 'utf8'))[0];
    if (!text) {
      lines.push(`${id}: text parser gave nothing`);
      continue;
    }
    const a = html.turns;
    const b = text.turns;
    if (a.length !== b.length) lines.push(`${id}: turns ${a.length} (html) vs ${b.length} (text)`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i].speaker !== b[i].speaker) {
        lines.push(`${id} turn ${i}: speaker ${JSON.stringify(a[i].speaker)} vs ${JSON.stringify(b[i].speaker)}`);
        break;
      }
      const j = a[i].paragraphs.findIndex((p, k) => p !== b[i].paragraphs[k]);
      if (j >= 0 || a[i].paragraphs.length !== b[i].paragraphs.length) {
        const k = j >= 0 ? j : Math.min(a[i].paragraphs.length, b[i].paragraphs.length);
        lines.push(`${id} turn ${i} para ${k}: ${JSON.stringify(a[i].paragraphs[k]?.slice(0, 90))} vs ${JSON.stringify(b[i].paragraphs[k]?.slice(0, 90))}`);
        break;
      }
    }
    for (const key of ['title', 'date', 'time', 'place', 'url'] as const) {
      if (html[key] !== text[key]) lines.push(`${id}: ${key} ${JSON.stringify(html[key])} vs ${JSON.stringify(text[key])}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n${lines.length} differences\n`);
});
