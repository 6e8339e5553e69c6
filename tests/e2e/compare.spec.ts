/**
 * The comparison view (renderer/src/compare/CompareView.tsx) in Chromium, over the real
 * main-process handlers and a real archive.
 *
 * The first test mounts CompareView itself in the running page (bundled here with
 * esbuild) to check the view on its own. The second drives the App: two documents
 * selected in the library, then the Compare view.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPaths } from '../../main/importer/importer';
import { parseKremlinHtml } from '../../main/import/kremlin-html';
import type { ParsedDocument } from '../../main/import/types';
import type { Locator, Page } from '@playwright/test';
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
  await view
    .getByRole('listbox', { name: `${side} choices` })
    .getByRole('option')
    .filter({ hasText: title })
    .first()
    .click();
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
  // Two long transcripts compared in both modes, a version, speakers and the archive's similar passages.
  test.setTimeout(180_000);
  const { page, archive } = app;
  const report = await importPaths(
    archive,
    ['17976', '57692', '59455'].map((id) => join(HTML, `${id}.html`)),
  );
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
  const view = page.getByRole('region', { name: 'Comparison' });
  const summary = view.getByRole('region', { name: 'Summary' });
  const rows = view.getByRole('table', { name: 'Aligned passages' });

  // Two different speeches: compared by theme, chosen without being asked; the first screen
  // comes before the whole result.
  page.on('console', (m) => m.text().startsWith('TIMING') && console.log(m.text()));
  await page.evaluate(() => {
    const v = (window as unknown as { verbatim: Record<string, (...a: unknown[]) => Promise<unknown>> }).verbatim;
    for (const name of ['compareDocuments', 'listDocuments']) {
      const orig = v[name];
      v[name] = async (...args: unknown[]) => {
        const t = performance.now();
        const x = await orig(...args);
        console.log(`TIMING ${name} ${JSON.stringify(args).slice(0, 80)} ${Math.round(performance.now() - t)} ms at ${Math.round(t)}`);
        return x;
      };
    }
    console.log(`TIMING mount at ${Math.round(performance.now())}`);
  });
  // Timed in the page, from choosing the two documents to the first pair drawn (Playwright's own polling would add up to a second).
  await page.evaluate(() => {
    const w = window as unknown as { __firstPairAt?: number };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.theme-pair')) return;
      w.__firstPairAt = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  const chosen = await page.evaluate(
    ([a, b]) => {
      const at = performance.now();
      (window as unknown as { __mountCompare(a: number, b: number): void }).__mountCompare(a, b);
      return at;
    },
    [dl2013, dl2018],
  );
  const themes = view.getByRole('table', { name: 'Passages by theme' });
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  await expect(themes.locator('.theme-pair').first()).toBeVisible({ timeout: 30_000 });
  const drawn = await page.evaluate(() => (window as unknown as { __firstPairAt: number }).__firstPairAt);
  console.log(`Compare view (two Direct Lines, themes): first screen ${Math.round(drawn - chosen)} ms after choosing them`);
  await expect(view.getByRole('group', { name: 'Compare as' }).getByRole('button', { name: 'Themes' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const topics = summary.getByRole('navigation', { name: 'Topics' });
  await expect(topics.getByRole('button', { name: /^pension/ })).toBeVisible();
  // A pair says why: the shared words, marked in both passages.
  const firstPair = themes.locator('.theme-pair').first();
  await expect(firstPair.getByRole('cell', { name: 'Why paired' })).toContainText('shared:');
  await expect(firstPair.locator('mark.term').first()).toBeVisible();
  // Choosing a topic goes to its pairs.
  await topics.getByRole('button', { name: /^pension/ }).click();
  await expect(themes.getByRole('rowheader', { name: 'pension' })).toBeVisible();
  await expect(
    themes
      .locator('.theme-pair')
      .filter({ hasText: /pension/i })
      .first(),
  ).toBeVisible();
  await page.screenshot({ path: join(ROOT, 'docs', 'screens', 'compare-themes-light.png') });

  // The same two speeches as versions: the one-to-one alignment.
  await view.getByRole('group', { name: 'Compare as' }).getByRole('button', { name: 'Versions' }).click();
  await expect(rows).toBeVisible();
  await expect(summary.getByTestId('similarity')).toHaveText('11%');
  // Both sides are called "Direct Line with Vladimir Putin": their dates tell them apart.
  await expect(view.getByRole('heading', { level: 2 })).toHaveText(
    /^Direct Line with Vladimir Putin \(.*2013\) ↔ Direct Line with Vladimir Putin \(.*2018\)$/,
  );
  await expect(summary.getByRole('list', { name: 'Distinctive of the right' })).toContainText('crimea');
  await expect(summary.getByRole('list', { name: 'Distinctive of the left' })).toContainText('museum');
  await page.screenshot({ path: join(ROOT, 'docs', 'screens', 'compare-versions-light.png') });
  // The 2013 closing formula is aligned with a 2018 one; their word differences are marked.
  // Only the rows on screen are drawn: the closing is at the end.
  // Only the rows on screen are drawn: scroll down from the top, a screen at a time, until one shows the text.
  const scrollTo = (text: string) =>
    rows.locator('.compare-scroll').evaluate(async (el, wanted) => {
      el.scrollTo(0, 0);
      for (let i = 0; i < 400 && !(el.textContent ?? '').includes(wanted); i++) {
        el.scrollBy(0, el.clientHeight * 0.8);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    }, text);
  await scrollTo('Thank you for your attention. (Applause.)');
  const applause = rows.getByRole('row').filter({ hasText: 'Thank you for your attention. (Applause.)' });
  await expect(applause).toHaveCount(1);
  await expect(applause.getByRole('cell').nth(1)).toContainText('Thank you for your question.');
  await expect(applause.locator('del')).toHaveText([' attention', ' (Applause.)']);
  await expect(applause.locator('ins')).toHaveText([' question']);

  // Shared phrases: listed with counts, highlighted on both sides when chosen.
  await summary.getByText(/^Shared phrases \(\d+/).click();
  const phrase = summary
    .getByRole('list', { name: 'Shared phrases' })
    .getByRole('button', { name: /^we have been on the air for over four hours/ });
  await expect(phrase).toContainText('2×');
  // Formulas ("I would like to thank you for") are listed after the phrases that carry content.
  await expect(summary.getByText(/^Shared phrases \(\d+ and \d+ formulas, listed last\)$/)).toBeVisible();
  const phraseKinds = await summary
    .getByRole('list', { name: 'Shared phrases' })
    .locator('li')
    .evaluateAll((items) => items.map((li) => li.className));
  const firstFormula = phraseKinds.indexOf('common');
  expect(firstFormula === -1 || phraseKinds.slice(firstFormula).every((c) => c === 'common')).toBe(true);
  // Choosing a phrase goes to where it is said first.
  await phrase.click();
  await expect(rows.locator('mark.shared.active').first()).toBeVisible();

  // A stricter threshold drops the pair (its score is 0.57).
  await view.getByRole('slider', { name: /Similarity threshold/ }).fill('0.6');
  await expect(view.getByRole('progressbar', { name: 'Comparing' })).toBeHidden();
  await scrollTo('Thank you for your attention. (Applause.)');
  await expect(
    rows.getByRole('row').filter({ hasText: 'Thank you for your attention. (Applause.)' }).getByRole('cell').nth(1),
  ).not.toContainText('Thank you for your question.');

  // Swap the sides.
  await view.getByRole('button', { name: 'Swap sides' }).click();
  await expect(view.getByRole('combobox', { name: 'Left document' })).toHaveValue(/2018 · Direct Line/);
  await expect(summary.getByRole('list', { name: 'Distinctive of the left' })).toContainText('crimea');
  // The swapped rows start at the top, not at the phrase chosen in the last comparison.
  await expect(view.getByRole('progressbar', { name: 'Comparing' })).toBeHidden();
  expect(await rows.locator('.compare-scroll').evaluate((el) => el.scrollTop)).toBe(0);

  // One speaker per side. Another document shows its rows from the top, not where the last ones were scrolled to.
  await rows.locator('.compare-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => rows.locator('.compare-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  // The new comparison's first screen is shown while its whole result is still on its way (its
  // answer held here for 4 s). The answer is held, not the request: a request sent 4 s late would
  // reach the worker after newer ones and replace whichever comparison it was running then.
  await page.evaluate(() => {
    const w = window as unknown as { verbatim: Record<string, (request: { firstScreen?: number }) => Promise<unknown>>; __hold: boolean };
    const whole = w.verbatim.compareDocuments;
    w.__hold = true;
    w.verbatim.compareDocuments = async (request) => {
      const held = !request.firstScreen && w.__hold;
      const answer = await whole(request);
      if (held) await new Promise((resolve) => setTimeout(resolve, 4000));
      return answer;
    };
  });
  const newsTitle = archive.get(news)?.title ?? '';
  await pick(view, 'Left document', 'annual news conference', newsTitle);
  await expect(view.getByRole('heading', { level: 2 })).toContainText('news conference', { timeout: 3000 });
  await page.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = false));
  await expect(view.getByRole('progressbar', { name: 'Comparing' })).toBeHidden();
  expect(await rows.locator('.compare-scroll').evaluate((el) => el.scrollTop)).toBe(0);
  await pick(view, 'Right document', 'annual news conference', newsTitle);
  // The press secretary's label, however the archive names him.
  const peskov = (await view.getByLabel('Left speaker').locator('option', { hasText: 'Peskov' }).first().textContent()) ?? '';
  await view.getByLabel('Left speaker').selectOption(peskov);
  // The rows start afresh when the comparison with one speaker comes: look for him in them then.
  await expect(async () => {
    await scrollTo(peskov);
    await expect(rows.locator('[id^="compare-left-"] .cell-speaker').first()).toContainText(peskov, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(rows.locator('.compare-cell.only-left')).toHaveCount(0);

  // Version mode: the previous text against the current one, as an inline word diff.
  await view.getByLabel('Left speaker').selectOption('');
  await view.getByLabel('Left version').selectOption(String(versionId));
  const inline = view.getByRole('document', { name: 'Inline differences' });
  // The first screen holds the opening rows; the moved paragraph comes with the whole comparison.
  await expect(inline.locator('[data-kind="inserted"]')).toHaveCount(1, { timeout: 15_000 });
  await expect(inline.locator('[data-kind="inserted"]')).toContainText('moved here');
  await expect(inline.locator('[data-kind="deleted"]')).toContainText('I wish you all a Happy New Year.');
  await expect(inline.locator('[data-kind="changed"]')).toHaveCount(0);

  // The same as rows: the moved paragraph at both places, linked (its old place is at the end).
  await view.getByRole('button', { name: 'Side by side' }).click();
  await expect(rows.locator('.compare-cell.moved').filter({ hasText: 'happy and peaceful New Year' })).toHaveCount(1);
  await scrollTo('I wish you all a Happy New Year');
  const movedLeft = rows.locator('.compare-cell.moved').filter({ hasText: 'Happy New Year' });
  await movedLeft
    .first()
    .getByRole('button', { name: /moved to on the right/ })
    .click();
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

/** Chooses the library's two documents, the first then the second with Shift, as a user does before Compare. */
async function chooseBoth(page: Page): Promise<void> {
  await expect(page.locator('.doc-row')).toHaveCount(2);
  await page.locator('.doc-row').nth(0).click();
  await page
    .locator('.doc-row')
    .nth(1)
    .click({ modifiers: ['Shift'] });
}

test('the App opens the comparison for two documents chosen in the library', async ({ app }) => {
  const { page } = app;
  await app.drop([join(HTML, '17976.html'), join(HTML, '57692.html')]);
  await chooseBoth(page);
  await page.evaluate(() => {
    const w = window as unknown as { __firstPairAt?: number; __clickedAt?: number };
    document.addEventListener('click', () => (w.__clickedAt = performance.now()), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.theme-pair')) return;
      w.__firstPairAt = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Passages by theme' }).locator('.theme-pair').first()).toBeVisible();
  const took = await page.evaluate(() => {
    const w = window as unknown as { __firstPairAt: number; __clickedAt: number };
    return Math.round(w.__firstPairAt - w.__clickedAt);
  });
  console.log(`App (two Direct Lines, themes): first screen of the comparison ${took} ms after Compare`);
  // Of which: the question to the query worker and its answer over the test bridge (a new one: nothing cached).
  const asked = await page.evaluate(async () => {
    const api = (
      window as unknown as {
        verbatim: {
          listDocuments(n: number, o: number): Promise<{ value: { id: number }[] }>;
          compareDocuments(r: unknown): Promise<unknown>;
        };
      }
    ).verbatim;
    const ids = (await api.listDocuments(10, 0)).value.map((d) => d.id);
    const times: number[] = [];
    for (const mode of ['themes', 'versions']) {
      const started = performance.now();
      await api.compareDocuments({
        left: { documentId: ids[0] },
        right: { documentId: ids[1] },
        mode,
        firstScreen: 30,
        granularity: 'paragraph',
      });
      times.push(Math.round(performance.now() - started));
    }
    return times;
  });
  console.log(`  first screen through the worker and the test bridge: themes ${asked[0]} ms, versions ${asked[1]} ms`);
  await expect(page.getByRole('region', { name: 'Comparison' }).getByTestId('similarity')).toHaveText('11%');
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
  await expect(comparison.getByRole('table', { name: /Aligned passages|Passages by theme/ })).toBeVisible();
});

test('two short unrelated messages: no shared topic says none, and counts and headings read as sentences', async ({ app }) => {
  const { page } = app;
  // A message of one paragraph, as copied from a page, and one of three.
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-compare-'));
  const one = join(dir, 'moldova.txt');
  writeFileSync(
    one,
    'Greetings to the President of Moldova on Independence Day\n\nAugust 27, 2020\n\n“Russian-Moldovan relations are based on the good traditions of friendship and mutual respect,” the President of Russia noted in the message.\n',
  );
  await app.drop([one]);
  await expect(page.getByRole('grid', { name: 'Library, 1 document' })).toBeVisible();
  await app.drop([join(HTML, '42503.html')]);
  await chooseBoth(page);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Topics' })).toContainText('Topics in both (passages left · right)none');
  await expect(page.getByTestId('theme-pairs')).toHaveText('0 pairs · 0 topics');
  const headings = page.locator('.only-heading');
  // As the user reads them (innerText applies the style's capitals), the count in its own number.
  await expect(headings).toHaveText(
    [
      'Only on the left\n1 passage with no counterpart on the other side',
      'Only on the right\n2 passages with no counterpart on the other side',
    ],
    { useInnerText: true },
  );
  rmSync(dir, { recursive: true, force: true });
});
