/**
 * The comparison view (renderer/src/compare/CompareView.tsx) in Chromium, over the real
 * main-process handlers and a real archive.
 *
 * The first test mounts CompareView itself in the running page (bundled here with
 * esbuild) to check the view on its own. The second drives the App: two documents
 * selected in the library, then the Compare view.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPaths } from '../../main/importer/importer';
import { parseKremlinHtml } from '../../main/import/kremlin-html';
import type { ParsedDocument } from '../../main/import/types';
import type { Locator } from '@playwright/test';
import { expect as baseExpect, FIXTURES, test } from './harness';

const ROOT = join(__dirname, '..', '..');
const HTML = join(FIXTURES, 'kremlin_en_html');

// The mounted bundle brings its stylesheet as a <style> element, which the app's CSP refuses.
test.use({ bypassCSP: true });
// A comparison of two long transcripts is ~0.8 MB; the test bridge (a Playwright binding) takes
// about 2 s to carry it where Electron's IPC takes milliseconds.
const expect = baseExpect.configure({ timeout: 15_000 });

let mountScript: Promise<{ js: string; css: string }> | null = null;
function mountBundle(): Promise<{ js: string; css: string }> {
  mountScript ??= build({
    stdin: {
      contents: `
        import { createElement } from 'react';
        import { createRoot } from 'react-dom/client';
        import { CompareView } from './renderer/src/compare/CompareView';
        window.__mountCompare = (left, right) => {
          document.getElementById('root').hidden = true;
          const host = document.createElement('div');
          host.id = 'compare-host';
          host.style.height = '100vh';
          document.body.append(host);
          window.__compareEvents = [];
          createRoot(host).render(createElement(CompareView, {
            left, right,
            onClose: () => window.__compareEvents.push(['close']),
            onOpen: (d, t, p) => window.__compareEvents.push(['open', d, t, p]),
          }));
        };`,
      resolveDir: ROOT,
      loader: 'tsx',
    },
    bundle: true,
    write: false,
    outdir: join(ROOT, 'out', 'e2e-compare'),
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  }).then((result) => ({
    js: result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '',
    css: result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '',
  }));
  return mountScript;
}

/** Chooses a document in a side's picker by typing words of it, then clicking the option with that title. */
async function pick(view: Locator, side: string, words: string, title: string): Promise<void> {
  const box = view.getByRole('combobox', { name: side });
  await box.fill(words);
  await view.getByRole('listbox', { name: `${side} choices` }).getByRole('option').filter({ hasText: title }).first().click();
  await expect(box).toHaveValue(new RegExp(`· ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
}

function parsedPage(id: string): ParsedDocument {
  const outcome = parseKremlinHtml(readFileSync(join(HTML, `${id}.html`), 'utf8'));
  if (outcome.kind !== 'documents') throw new Error(`fixture ${id} did not parse`);
  return outcome.documents[0];
}

/** The 2018 news conference with its closing paragraph moved to the start and two words changed. */
function editedNewsConference(): ParsedDocument {
  const doc = parsedPage('59455');
  const turns = doc.turns.filter((t) => t.paragraphs.length > 0).map((t) => ({ ...t, paragraphs: [...t.paragraphs] }));
  const last = turns[turns.length - 1];
  const at = last.paragraphs.findIndex((p) => p.includes('Happy New Year'));
  const [closing] = last.paragraphs.splice(at, 1);
  const first = turns.findIndex((t) => t.speaker !== null);
  turns[first].paragraphs.unshift(closing.replace('Happy New Year', 'happy and peaceful New Year').replace('really', 'truly'));
  return { ...doc, turns };
}

test('compare two speeches side by side, a document with its previous version, and find similar passages', async ({ app }) => {
  const { page, archive } = app;
  const report = await importPaths(archive, ['17976', '57692', '59455'].map((id) => join(HTML, `${id}.html`)));
  const id = (n: string) => report.documents.find((d) => d.path.endsWith(`${n}.html`))?.id as number;
  const [dl2013, dl2018, news] = [id('17976'), id('57692'), id('59455')];
  // A re-import of the news conference in edited form keeps the first text as a version;
  // the edited text is also stored as a document of its own.
  const edited = editedNewsConference();
  expect(archive.write(edited, { path: '/edited/59455.html', size: 1, fileHash: 'e1', format: 'kremlin-html' }).status).toBe('updated');
  const copy = archive.write(
    { ...edited, url: null, title: 'Edited copy of the news conference', date: '2019-01-01' },
    { path: '/edited/copy.html', size: 1, fileHash: 'e2', format: 'kremlin-html' },
  ).id;
  const versionId = archive.compare.versions(news)[0].id;

  const bundle = await mountBundle();
  await page.evaluate((css) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }, bundle.css);
  await page.evaluate(bundle.js);
  await page.evaluate(([a, b]) => (window as unknown as { __mountCompare(a: number, b: number): void }).__mountCompare(a, b), [dl2013, dl2018]);

  const view = page.getByRole('region', { name: 'Comparison' });
  const summary = view.getByRole('region', { name: 'Summary' });
  const rows = view.getByRole('table', { name: 'Aligned passages' });
  await expect(summary.getByTestId('similarity')).toHaveText('11%');
  // Both sides are called "Direct Line with Vladimir Putin": their dates tell them apart.
  await expect(view.getByRole('heading', { level: 2 })).toHaveText(/^Direct Line with Vladimir Putin \(.*2013\) ↔ Direct Line with Vladimir Putin \(.*2018\)$/);
  await expect(summary.getByRole('list', { name: 'Distinctive of the right' })).toContainText('crimea');
  await expect(summary.getByRole('list', { name: 'Distinctive of the left' })).toContainText('museum');
  // The 2013 closing formula is aligned with a 2018 one; their word differences are marked.
  const applause = rows.getByRole('row').filter({ hasText: 'Thank you for your attention. (Applause.)' });
  await expect(applause).toHaveCount(1);
  await expect(applause.getByRole('cell').nth(1)).toContainText('Thank you for your question.');
  await expect(applause.locator('del')).toHaveText([' attention', ' (Applause.)']);
  await expect(applause.locator('ins')).toHaveText([' question']);

  // Shared phrases: listed with counts, highlighted on both sides when chosen.
  await summary.getByText(/^Shared phrases \(\d+\)$/).click();
  const phrase = summary.getByRole('list', { name: 'Shared phrases' }).getByRole('button', { name: /^we have been on the air for over four hours/ });
  await expect(phrase).toContainText('2×');
  await phrase.click();
  await expect(rows.locator('mark.shared.active')).toHaveCount(2);

  // A stricter threshold drops the pair (its score is 0.57).
  await view.getByRole('slider', { name: /Similarity threshold/ }).fill('0.6');
  await expect(view.getByRole('progressbar', { name: 'Comparing' })).toBeHidden();
  await expect(rows.getByRole('row').filter({ hasText: 'Thank you for your attention. (Applause.)' }).getByRole('cell').nth(1)).not.toContainText(
    'Thank you for your question.',
  );

  // Swap the sides.
  await view.getByRole('button', { name: 'Swap sides' }).click();
  await expect(view.getByRole('combobox', { name: 'Left document' })).toHaveValue(/2018 · Direct Line/);
  await expect(summary.getByRole('list', { name: 'Distinctive of the left' })).toContainText('crimea');

  // One speaker per side.
  const newsTitle = archive.get(news)?.title ?? '';
  await pick(view, 'Left document', 'annual news conference', newsTitle);
  await pick(view, 'Right document', 'annual news conference', newsTitle);
  await view.getByLabel('Left speaker').selectOption('Presidential Press Secretary Dmitry Peskov');
  await expect(rows.locator('[id^="compare-left-"] .cell-speaker').first()).toHaveText('Presidential Press Secretary Dmitry Peskov');
  await expect(rows.locator('.compare-cell.only-left')).toHaveCount(0);

  // Version mode: the previous text against the current one, as an inline word diff.
  await view.getByLabel('Left speaker').selectOption('');
  await view.getByLabel('Left version').selectOption(String(versionId));
  const inline = view.getByRole('document', { name: 'Inline differences' });
  await expect(inline.locator('[data-kind="inserted"]')).toHaveCount(1);
  await expect(inline.locator('[data-kind="inserted"]')).toContainText('moved here');
  await expect(inline.locator('[data-kind="deleted"]')).toContainText('I wish you all a Happy New Year.');
  await expect(inline.locator('[data-kind="changed"]')).toHaveCount(0);

  // The same as rows: the moved paragraph at both places, linked.
  await view.getByRole('button', { name: 'Side by side' }).click();
  await expect(rows.locator('.compare-cell.moved').filter({ hasText: /happy (and peaceful )?new year/i })).toHaveCount(2);
  const movedLeft = rows.locator('.compare-cell.moved').filter({ hasText: 'Happy New Year' });
  await movedLeft.first().getByRole('button', { name: /moved to on the right/ }).click();
  const target = rows.locator('.compare-cell.moved').filter({ hasText: 'happy and peaceful New Year' });
  await expect(target).toBeFocused();
  await expect(target.locator('ins')).toHaveText([' happy and peaceful', ' truly']);

  // Similar passages across the archive from the moved paragraph: its copy in the other document.
  await target.getByRole('button', { name: 'Find similar passages in the archive' }).click();
  const panel = page.getByRole('complementary', { name: 'Similar passages' });
  const hits = panel.getByRole('list', { name: 'Similar passages found' }).getByRole('listitem');
  await expect(hits.first()).toContainText('Edited copy of the news conference');
  await expect(hits.first()).toContainText('100%');
  await hits.first().getByRole('button', { name: 'Open' }).click();
  const events = await page.evaluate(() => (window as unknown as { __compareEvents: unknown[] }).__compareEvents);
  expect(events).toContainEqual(['open', copy, 1, 0]);

  await view.getByRole('button', { name: 'Close comparison' }).click();
  expect(await page.evaluate(() => (window as unknown as { __compareEvents: unknown[] }).__compareEvents)).toContainEqual(['close']);
});

test('the App opens the comparison for two documents chosen in the library', async ({ app }) => {
  const { page } = app;
  await app.drop([join(HTML, '17976.html'), join(HTML, '57692.html')]);
  await expect(page.locator('.doc-row')).toHaveCount(2);
  await page.locator('.doc-row').nth(0).click();
  await page.locator('.doc-row').nth(1).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Comparison' }).getByTestId('similarity')).toHaveText('11%');
  await expect(page.getByRole('table', { name: 'Aligned passages' })).toBeVisible();
  await page.screenshot({ path: join(ROOT, 'docs', 'compare.png') });
});

test('"Compare with…" in the reader opens the comparison with that document on the left', async ({ app }) => {
  const { page } = app;
  await app.drop([join(HTML, '62149.html'), join(HTML, '62146.html')]);
  await expect(page.locator('.doc-row')).toHaveCount(2);
  await page.locator('.doc-row').first().click();
  await page.getByRole('toolbar', { name: 'Reader' }).getByRole('button', { name: 'Compare with…' }).click();
  const comparison = page.getByRole('region', { name: 'Comparison' });
  await expect(comparison).toBeVisible();
  await expect(comparison.getByRole('combobox', { name: 'Left document' })).toHaveValue(/Meeting with President of Kyrgyzstan/);
  await expect(comparison.getByRole('table', { name: 'Aligned passages' })).toBeVisible();
});
