/**
 * Search in Chromium with the real handlers: type a query, see suggestions, hits
 * grouped by document with marked words, facets, a malformed query's message, and
 * open a hit in the reader; every count on screen is what a click on it gives.
 */
import type { Locator, Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, FIXTURES, test, type App } from './harness';
import { importSample } from './helpers';

const SEED = join(FIXTURES, 'seed', '000_0d3bfd9f4775dded.txt');

/** The 45 sample pages imported, and the Search view open. */
async function sampleInSearch(app: App): Promise<void> {
  await importSample(app);
  await app.page
    .getByRole('button', { name: /^Search/ })
    .first()
    .click();
}

test('search the archive: suggestions, grouped hits with marks, facets, errors, and opening a hit', async ({ app }) => {
  const { page } = app;
  await app.drop([SEED]);
  await expect(page.locator('.import-summary')).toContainText('2 documents imported');

  const nav = page.getByRole('button', { name: /^Search/ });
  await nav.first().click();

  const box = page.getByRole('combobox', { name: 'Search the archive' });
  await box.fill('jeenb');
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option').first()).toContainText('Sooronbay Jeenbekov');

  await box.fill('welcome');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov');
  await expect(results.locator('mark').first()).toHaveText('Welcome');
  await expect(page.locator('.search-bar')).toContainText('1 document');
  // The sidebar shows the results' facets while searching.
  await expect(page.getByRole('list', { name: 'Speaker facet' })).toContainText('Sooronbay Jeenbekov');

  await box.fill('"welcome');
  await expect(page.locator('.search-bar')).toContainText('never closed');

  await box.fill('summit');
  await expect(results.getByRole('listitem').first()).toContainText('CSTO summit');
  await results.locator('.search-hit').first().click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('CSTO summit');
  // The reader opens on the hit's turn with the matched word found; F3 steps to the next match.
  const find = page.getByRole('searchbox', { name: 'Find in document' });
  await expect(find).toHaveValue(/summit/i);
  const count = page.locator('.find-count');
  await expect(count).toHaveText(/^\d+ of \d+$/);
  await expect(page.locator('mark.current')).toBeInViewport();
  const [first, total] = (await count.textContent())!.split(' of ').map(Number);
  await page.keyboard.press('F3');
  await expect(count).toHaveText(`${(first % total) + 1} of ${total}`);
  await page.keyboard.press('Shift+F3');
  await expect(count).toHaveText(`${first} of ${total}`);
});

test('a phrase with a speaker filter over the dev sample: hits grouped by document, facets', async ({ app }) => {
  const { page } = app;
  await sampleInSearch(app);
  await page.getByRole('combobox', { name: 'Search the archive' }).fill('"strategic partnership" speaker:putin');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  // Every hit is a turn by Putin, with the phrase marked.
  const speakers = await results.locator('.search-speaker').allTextContents();
  expect(speakers.length).toBeGreaterThan(0);
  for (const speaker of speakers) expect(speaker).toMatch(/Putin/);
  await expect(results.locator('mark').first()).toHaveText(/strategic/i);
  await expect(page.getByRole('list', { name: 'Year facet' })).toBeVisible();
  await page.screenshot({ path: join(__dirname, '..', '..', 'docs', 'search.png') });

  // Brushing the histogram from the first bar to the last puts that date range into the query.
  const bars = page.locator('.search-histogram li');
  const first = (await bars.first().getAttribute('data-key')) as string;
  const last = (await bars.last().getAttribute('data-key')) as string;
  expect(first < last).toBe(true);
  const a = (await bars.first().boundingBox())!;
  const b = (await bars.last().boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height - 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height - 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('combobox', { name: 'Search the archive' })).toHaveValue(
    `"strategic partnership" speaker:putin date:${first}..${last}`,
  );
  await expect(page.locator('.search-bar')).toContainText('2 documents');
});

test('a long result list is virtual, loads further pages as it scrolls, and starts at the top for a new query', async ({ app }) => {
  const { page } = app;
  await app.drop([join(FIXTURES, 'kremlin_en_html'), join(FIXTURES, 'miller_center_txt')]);
  await expect(page.locator('.import-summary')).toContainText('57 documents imported', { timeout: 30_000 });
  await page
    .getByRole('button', { name: /^Search/ })
    .first()
    .click();
  await page.getByRole('combobox', { name: 'Search the archive' }).fill('the');
  await expect(page.locator('.search-bar')).toContainText('56 documents');
  const list = page.locator('.search-list');
  const rendered = page.locator('.search-group');
  // Only the rows near the view are in the page (the word "the" is in 56 of the 57 documents).
  expect(await rendered.count()).toBeLessThan(56);
  // Scrolling to the end loads the second page (documents 51–56) and shows the last one.
  await expect(async () => {
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(page.locator('.search-group[data-index="55"]')).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  // A new query shows its own list from the top, not where the last one was scrolled to.
  await page.getByRole('combobox', { name: 'Search the archive' }).fill('russia');
  await expect(page.locator('.search-bar')).not.toContainText('56 documents');
  await expect(page.locator('.search-group[data-index="0"]')).toBeInViewport();
  expect(await list.evaluate((el) => el.scrollTop)).toBe(0);
  // So does the same query in another order.
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('date');
  await expect(page.locator('.search-group[data-index="0"]')).toBeInViewport();
});

test('the results follow the archive: a file imported during a search shows up in it', async ({ app }) => {
  const { page } = app;
  await app.drop([join(FIXTURES, 'seed', '000_0d3bfd9f4775dded.txt')]);
  await expect(page.locator('.import-summary')).toContainText('2 documents imported');
  await page
    .getByRole('button', { name: /^Search/ })
    .first()
    .click();
  await page.getByRole('combobox', { name: 'Search the archive' }).fill('Potsdam');
  await expect(page.locator('.search-bar')).toContainText('0 documents');
  await app.drop([join(FIXTURES, 'miller_center_txt', '1945-08-09-radio-report-american-people-potsdam-conference.txt')]);
  await expect(page.locator('.import-summary')).toContainText('1 document imported');
  await expect(page.locator('.search-bar')).toContainText('1 document');
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('Radio report american people potsdam conference');
});

/** The status line of the search. */
const bar = (page: Page): Locator => page.locator('.search-summary');

/** The first value of a facet in the search's sidebar, with the count it shows. */
async function firstFacetValue(page: Page, label: string): Promise<{ value: string; count: number; box: Locator }> {
  const item = page
    .getByRole('list', { name: `${label} facet` })
    .getByRole('listitem')
    .first();
  const value = (await item.locator('.facet-value').textContent()) as string;
  const count = Number(((await item.locator('.count').textContent()) as string).replace(/\D/g, ''));
  return { value, count, box: item.getByRole('checkbox') };
}

test('every facet count is what a click on it gives, and the status line counts turns with their documents', async ({ app }) => {
  const { page } = app;
  await sampleInSearch(app);
  const box = page.getByRole('combobox', { name: 'Search the archive' });
  await box.fill('Putin');

  // The status line, against the engine's own answer for the same query (over the same archive).
  const truth = app.archive.search.search({ query: 'Putin' });
  if (truth.status !== 'ok') throw new Error(`the query did not run: ${truth.status}`);
  // Some documents hold "Putin" only in their title or lead: the line must not read as if every one had matching turns.
  expect(truth.documentsWithTurns).toBeLessThan(truth.total);
  expect(truth.totalTurns).toBeGreaterThan(0);
  const line = `${truth.total} documents; ${truth.totalTurns} matching turns in ${truth.documentsWithTurns} of them`;
  await expect(bar(page)).toHaveText(line);

  const results = page.getByRole('list', { name: 'Search results' });
  for (const label of ['Speaker', 'Topic', 'Person', 'Place', 'Year']) {
    const { value, count, box: tick } = await firstFacetValue(page, label);
    expect(count, `${label} ${value}`).toBeGreaterThan(0);
    await tick.check();
    await expect(bar(page), `${label} ${value}`).toHaveText(new RegExp(`^${count} documents?(;|$)`));
    // The refined query is in the box, and the engine finds as many documents for it; unticking takes it out again.
    await expect(box).toHaveValue(new RegExp(`^Putin \\w+:`));
    const refined = app.archive.search.search({ query: await box.inputValue(), part: 'page' });
    expect(refined.status === 'page' && refined.total, `${label} ${value}`).toBe(count);
    await expect(results.getByRole('listitem').first()).toBeVisible();
    const ticked = page
      .getByRole('list', { name: `${label} facet` })
      .locator('label')
      .filter({ has: page.getByText(value, { exact: true }) });
    await ticked.getByRole('checkbox').uncheck();
    await expect(box).toHaveValue('Putin');
    await expect(bar(page)).toHaveText(line);
  }
});

test('a document matched only in its title says so and shows its lead', async ({ app }) => {
  const { page } = app;
  await sampleInSearch(app);
  await page.getByRole('combobox', { name: 'Search the archive' }).fill('attends');
  const hit = page.locator('.search-group').filter({ hasText: 'keel-laying ceremony' });
  await expect(hit.locator('.search-title mark')).toHaveText('attends');
  await expect(hit.locator('.search-where')).toHaveText('matched in title');
  // No "0 matching turns": no turn matched, and the lead stands in for them.
  await expect(hit).not.toContainText('matching turn');
  await expect(hit.locator('.search-hit')).toHaveCount(0);
  await expect(hit.locator('.search-lead')).toContainText('During his working trip to Crimea');
});

test('a field value with nothing to find gets a message, and "Did you mean" runs in one click', async ({ app }) => {
  const { page } = app;
  await sampleInSearch(app);
  const box = page.getByRole('combobox', { name: 'Search the archive' });
  for (const query of ['title:😀', 'speaker:"*"']) {
    await box.fill(query);
    await expect(page.locator('.search-bar .search-error')).toContainText('has no letters or digits to search for');
    await expect(page.getByRole('list', { name: 'Search results' })).toHaveCount(0);
  }
  await box.fill('Ukrane');
  await expect(bar(page)).toHaveText('0 documents');
  await page.locator('.search-dym').getByRole('button', { name: 'Ukraine' }).click();
  await expect(box).toHaveValue('Ukraine');
  await expect(bar(page)).toHaveText(/^[1-9]\d* documents?/);
});

test('the histogram spans where the hits are and counts the outliers at its edges, each a click away', async ({ app }) => {
  const { page } = app;
  // A generated archive from one real document: 100 copies a month apart from January 2010,
  // one of 1826, one of 2024 and one without a date.
  const [source] = readFileSync(join(FIXTURES, 'datasets', 'kremlin_en_2019-11-28.jsonl'), 'utf8').split('\n');
  const base = JSON.parse(source) as Record<string, unknown>;
  const dates: (string | null)[] = [
    ...Array.from({ length: 100 }, (_, i) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`),
    '1826-05-10',
    '2024-06-01',
    null,
  ];
  const lines = dates.map((date, i) => JSON.stringify({ ...base, title: `${base.title as string} (${i + 1})`, date, url: undefined }));
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-histogram-'));
  const file = join(dir, 'spread.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  await app.drop([file]);
  await expect(page.locator('.import-summary')).toContainText('103 documents imported', { timeout: 30_000 });
  rmSync(dir, { recursive: true, force: true });

  await page
    .getByRole('button', { name: /^Search/ })
    .first()
    .click();
  const box = page.getByRole('combobox', { name: 'Search the archive' });
  await box.fill('Kyrgyz');
  await expect(bar(page)).toHaveText(/^103 documents/);
  const histogram = page.getByRole('region', { name: 'Results per year' });
  await expect(histogram.locator('li').first()).toHaveAttribute('data-key', '2010');
  await expect(histogram.locator('li').last()).toHaveAttribute('data-key', '2018');
  await expect(histogram.locator('.undated')).toHaveText('1 undated');
  await histogram.getByRole('button', { name: '+1 before 2010' }).click();
  await expect(box).toHaveValue('Kyrgyz date:..2009');
  await expect(bar(page)).toHaveText(/^1 document(;|$)/);
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('(101)');
  await box.fill('Kyrgyz');
  await expect(bar(page)).toHaveText(/^103 documents/);
  await page.getByRole('region', { name: 'Results per year' }).getByRole('button', { name: '+1 after 2018' }).click();
  await expect(box).toHaveValue('Kyrgyz date:2019..');
  await expect(bar(page)).toHaveText(/^1 document(;|$)/);
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('(102)');
});
