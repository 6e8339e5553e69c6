/**
 * Opt-in measurement (VERBATIM_BENCH=1 npx playwright test library-50k): a 50,000-document archive
 * opened in the built renderer with the real handlers. Reports time to first rows and frame times
 * while scrolling the table. The documents are copies of the 45 sample pages' rows (documents, tags,
 * speaker figures; their turns are not copied, the table never reads them).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, FIXTURES, test } from './harness';

test.skip(!process.env.VERBATIM_BENCH, 'set VERBATIM_BENCH=1 to run the 50,000-row measurement');
test.setTimeout(300_000);

const TARGET = 50_000;

test('50,000 documents: time to first rows and frame times while scrolling', async ({ app }) => {
  const { page } = app;
  const dir = join(FIXTURES, 'kremlin_en_html');
  await app.drop(
    readdirSync(dir)
      .filter((f) => /^\d+\.html$/.test(f))
      .map((f) => join(dir, f)),
  );
  await expect(page.locator('.import-summary')).toContainText('imported', { timeout: 60_000 });

  const db = new Database(app.archivePath);
  const seedIds = db.prepare('SELECT id FROM documents').pluck().all() as number[];
  const copy = db.transaction((n: number) => {
    const cols = (
      db
        .prepare("SELECT name FROM pragma_table_info('documents') WHERE name NOT IN ('id', 'url', 'title', 'date')")
        .pluck()
        .all() as string[]
    ).join(', ');
    const insertDoc = db.prepare(
      `INSERT INTO documents (title, url, date, ${cols}) SELECT title || ' #' || ?, NULL,
         date(coalesce(date, '2010-01-01'), '-' || (? % 7000) || ' days'), ${cols} FROM documents WHERE id = ?`,
    );
    const tags = db.prepare(
      'INSERT INTO tags (document_id, kind, value, position) SELECT ?, kind, value, position FROM tags WHERE document_id = ?',
    );
    const speakers = db.prepare(
      'INSERT INTO document_speakers (document_id, label, person, role, speaker, turns, words, first_idx) SELECT ?, label, person, role, speaker, turns, words, first_idx FROM document_speakers WHERE document_id = ?',
    );
    for (let i = 0; i < n; i++) {
      const from = seedIds[i % seedIds.length];
      const id = Number(insertDoc.run(i, i, from).lastInsertRowid);
      tags.run(id, from);
      speakers.run(id, from);
    }
  });
  copy(TARGET - seedIds.length);
  expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(TARGET);
  db.close();

  const started = Date.now();
  await page.reload();
  await expect(page.locator('.doc-row .doc-title').first()).toBeVisible({ timeout: 60_000 });
  const firstRows = Date.now() - started;
  await expect(page.getByRole('grid', { name: 'Library, 50,000 documents' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Year facet' })).toBeVisible({ timeout: 60_000 });
  const facetsReady = Date.now() - started;

  const frames = await page.evaluate(async () => {
    const scroller = document.querySelector('.tbody') as HTMLElement;
    const deltas: number[] = [];
    let blank = 0;
    let last = performance.now();
    const end = last + 4000;
    await new Promise<void>((resolve) => {
      const tick = (now: number) => {
        deltas.push(now - last);
        last = now;
        scroller.scrollTop += 900; // ~17 rows a frame: a fast fling
        blank += document.querySelectorAll('.doc-row .loading').length;
        if (now < end && scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    deltas.sort((a, b) => a - b);
    const q = (p: number) => Math.round(deltas[Math.min(deltas.length - 1, Math.floor(p * deltas.length))] * 10) / 10;
    return {
      frames: deltas.length,
      p50: q(0.5),
      p95: q(0.95),
      max: q(1),
      over50ms: deltas.filter((d) => d > 50).length,
      placeholderRowFrames: blank,
    };
  });
  const sortStart = Date.now();
  await page.getByRole('columnheader', { name: 'Title' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('.doc-row .doc-title').first()).toBeVisible();
  const sortMs = Date.now() - sortStart;
  const facetStart = Date.now();
  await page.getByRole('list', { name: 'Year facet' }).getByRole('checkbox').first().check();
  await expect(page.getByRole('grid', { name: /^Library, [\d,]+ documents$/ })).not.toHaveAccessibleName('Library, 50,000 documents');
  const facetMs = Date.now() - facetStart;
  const report = {
    documents: TARGET,
    firstRowsMs: firstRows,
    facetsReadyMs: facetsReady,
    sortByTitleMs: sortMs,
    yearFacetMs: facetMs,
    scroll: frames,
  };
  console.log(`VERBATIM 50k: ${JSON.stringify(report)}`);
  test.info().annotations.push({ type: 'measurement', description: JSON.stringify(report) });
});
