/**
 * Search in Chromium with the real handlers: type a query, see suggestions, hits
 * grouped by document with marked words, facets, a malformed query's message, and
 * open a hit in the reader.
 */
import { join } from 'node:path';
import { expect, FIXTURES, test } from './harness';

const SEED = join(FIXTURES, 'seed', '000_0d3bfd9f4775dded.txt');

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
  await app.drop([join(FIXTURES, 'kremlin_en_html')]);
  await expect(page.locator('.import-summary')).toContainText('45 documents imported', { timeout: 30_000 });
  await page.getByRole('button', { name: /^Search/ }).first().click();
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
  await expect(page.getByRole('combobox', { name: 'Search the archive' })).toHaveValue(`"strategic partnership" speaker:putin date:${first}..${last}`);
  await expect(page.locator('.search-bar')).toContainText('2 documents');
});

test('a long result list is virtual and loads further pages as it scrolls', async ({ app }) => {
  const { page } = app;
  await app.drop([join(FIXTURES, 'kremlin_en_html'), join(FIXTURES, 'miller_center_txt')]);
  await expect(page.locator('.import-summary')).toContainText('57 documents imported', { timeout: 30_000 });
  await page.getByRole('button', { name: /^Search/ }).first().click();
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
});

test('the results follow the archive: a file imported during a search shows up in it', async ({ app }) => {
  const { page } = app;
  await app.drop([join(FIXTURES, 'seed', '000_0d3bfd9f4775dded.txt')]);
  await expect(page.locator('.import-summary')).toContainText('2 documents imported');
  await page.getByRole('button', { name: /^Search/ }).first().click();
  await page.getByRole('combobox', { name: 'Search the archive' }).fill('Potsdam');
  await expect(page.locator('.search-bar')).toContainText('0 documents');
  await app.drop([join(FIXTURES, 'miller_center_txt', '1945-08-09-radio-report-american-people-potsdam-conference.txt')]);
  await expect(page.locator('.import-summary')).toContainText('1 document imported');
  await expect(page.locator('.search-bar')).toContainText('1 document');
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('Radio report american people potsdam conference');
});
