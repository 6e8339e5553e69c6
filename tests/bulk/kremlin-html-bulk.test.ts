/**
 * Runs the en.kremlin.ru HTML parser over the bulk corpus: no throws, counts,
 * timing and samples of odd results. Not part of `vitest run`:
 *   KREMLIN_HTML_DIR=/tmp/bulk_html/kremlin_en_html npx vitest run --config tests/bulk/vitest.config.ts bulk
 * The directory holds the unpacked ../shared/corpus/bulk/kremlin_en_html.tar.zst.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseKremlinHtml } from '../../main/import/kremlin-html';

const DIR = process.env.KREMLIN_HTML_DIR ?? '/tmp/bulk_html/kremlin_en_html';

function listHtml(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listHtml(path, out);
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

test.skipIf(!existsSync(DIR))('bulk corpus parses', () => {
  const files = listHtml(DIR).sort();
  const pages = files.map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const started = performance.now();
  const outcomes = pages.map((p) => parseKremlinHtml(p.html));
  const ms = performance.now() - started;

  const counts: Record<string, number> = { documents: 0, skipped: 0, failed: 0 };
  const odd: Record<string, string[]> = {};
  const note = (kind: string, what: string): void => {
    (odd[kind] ??= []).push(what);
  };
  const labels = new Map<string, number>();
  let turns = 0;
  let paragraphs = 0;
  outcomes.forEach((outcome, i) => {
    const name = files[i].slice(DIR.length + 1);
    counts[outcome.kind]++;
    if (outcome.kind === 'skipped') note('skipped', `${name}: ${outcome.reason}`);
    if (outcome.kind === 'failed') note('failed', `${name}: ${outcome.error}`);
    if (outcome.kind !== 'documents') return;
    const doc = outcome.documents[0];
    if (!doc.title) note('noTitle', name);
    if (!doc.date) note('noDate', name);
    if (!doc.url) note('noUrl', name);
    if (doc.turns.length === 0) note('noTurns', name);
    for (const w of doc.warnings) note('warning', `${name}: ${w}`);
    for (const t of doc.turns) {
      turns++;
      paragraphs += t.paragraphs.length;
      if (t.speaker !== null) {
        labels.set(t.speaker, (labels.get(t.speaker) ?? 0) + 1);
        if (t.speaker.length > 80) note('longLabel', `${name}: ${t.speaker}`);
        if (/[.!?;]$|^\W|\d{3}/.test(t.speaker)) note('strangeLabel', `${name}: ${t.speaker}`);
      }
      for (const p of t.paragraphs) if (/^\*\s*\*/.test(p)) note('starParagraph', `${name}: ${p.slice(0, 60)}`);
    }
    if (
      doc.turns.length > 0 &&
      doc.turns.every((t) => t.speaker === null) &&
      /transcripts/i.test(doc.sections.join(' ')) &&
      doc.date &&
      doc.date >= '2008'
    ) {
      note('transcriptWithoutSpeakers', name);
    }
  });
  const report = {
    files: files.length,
    parseMs: Math.round(ms),
    counts,
    turns,
    paragraphs,
    distinctLabels: labels.size,
    topLabels: [...labels.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40),
    rareLabels: [...labels.entries()].filter(([, n]) => n === 1).map(([l]) => l),
    oddCounts: Object.fromEntries(Object.entries(odd).map(([k, v]) => [k, v.length])),
    odd,
  };
  writeFileSync(process.env.REPORT ?? '/tmp/kremlin-html-bulk-report.json', JSON.stringify(report, null, 1));
  process.stdout.write(
    `${JSON.stringify({ files: report.files, parseMs: report.parseMs, counts, turns, paragraphs, distinctLabels: labels.size, oddCounts: report.oddCounts })}\n`,
  );
  expect(counts.documents + counts.skipped + counts.failed).toBe(files.length);
});
