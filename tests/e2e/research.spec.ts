/**
 * The research desk on the real sample (45 en.kremlin.ru pages): each view opened from a
 * search, with its real content checked — concordance lines holding the match and sorted by
 * the words after it, a trend of two queries, the speakers table, collocates — a line opening
 * the reader at its turn, the exports, citations, and the empty and invalid states. Each view
 * is checked with axe and photographed in light and dark into docs/screens/research-*.png.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import { importSample, state } from './helpers';

test.use({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
test.setTimeout(240_000);

/** Searches from the Search view and waits for the first result. */
async function search(page: Page, query: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Search/ })
    .click();
  await page.getByRole('combobox', { name: 'Search the archive' }).fill(query);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
}

/** The file a save wrote (the harness saves into the test's folder; the status bar names the path). */
async function savedFile(page: Page, name: RegExp): Promise<string> {
  const notice = page.locator('.notice-text').filter({ hasText: name });
  await expect(notice).toContainText('Saved to ');
  return ((await notice.textContent()) ?? '').replace(/^Saved to /, '').trim();
}

const kwicLines = (page: Page): Locator => page.getByRole('list', { name: 'Concordance lines' }).getByRole('listitem');

/** The first word of each loaded line's right context, as the sort compares words: lower case, letters only. */
const firstWordsAfter = (page: Page): Promise<string[]> =>
  page
    .locator('.kwic-right')
    .evaluateAll((spans) => spans.map((s) => (s.textContent ?? '').toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/u)?.[0] ?? ''));

test('the concordance: lines aligned on the match, sorted, exported, and a line opens the reader at its turn', async ({ app }) => {
  const { page } = app;
  await importSample(app);
  await search(page, 'partnership');
  await page.getByRole('group', { name: 'Research this search' }).getByRole('button', { name: 'Concordance' }).click();
  await expect(page.getByRole('tab', { name: 'Concordance' })).toHaveAttribute('aria-selected', 'true');
  await expect(kwicLines(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.research-note')).toContainText(/\d+ occurrences in \d+ turns/);
  // Every line's match is the word searched for (in any of its forms).
  const matches = await page.locator('.kwic-match').allTextContents();
  expect(matches.length).toBeGreaterThan(3);
  for (const m of matches) expect(m.toLowerCase()).toMatch(/^partnership/);
  // The matches stand in one column.
  const lefts = await page
    .locator('.kwic-match')
    .evaluateAll((marks) => marks.slice(0, 8).map((m) => Math.round(m.getBoundingClientRect().left)));
  expect(Math.max(...lefts) - Math.min(...lefts)).toBeLessThanOrEqual(40);
  await state(page, 'research-kwic');

  // Sorted by the words after the match: the first words come in alphabetical order, and the order changed.
  const byDate = await firstWordsAfter(page);
  await page.getByLabel('Sort by').selectOption('right');
  await expect.poll(async () => (await firstWordsAfter(page)).join('|')).not.toBe(byDate.join('|'));
  const byRight = await firstWordsAfter(page);
  const sorted = [...byRight].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  expect(byRight).toEqual(sorted);

  // CSV export with the citation columns.
  await page.getByRole('button', { name: 'CSV' }).click();
  const file = await savedFile(page, /Concordance of partnership\.csv/);
  expect(basename(file)).toBe('Concordance of partnership.csv');
  const csv = readFileSync(file, 'utf8');
  const [header, first] = csv.replace(/^\ufeff/, '').split('\r\n');
  expect(header).toBe('left,match,right,speaker,date,title,turn,document_id,url,attribution');
  expect(first).toMatch(/http:\/\/en\.kremlin\.ru\/events\/president\//);
  const total = Number((await page.locator('.research-note').textContent())?.match(/([\d,]+) occurrences/)?.[1].replace(/,/g, ''));
  expect(csv.trim().split('\r\n').length - 1).toBe(total);

  // Copy lines: aligned text on the clipboard.
  await page.getByRole('button', { name: 'Copy lines' }).click();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip.split('\n')[0]).toMatch(/ partnership/i);

  // A line opens the reader at its turn, with the match found there.
  const line = kwicLines(page).nth(2);
  const title = (await line.locator('.kwic-title').textContent()) ?? '';
  const speaker = (await line.locator('.kwic-speaker').textContent()) ?? '';
  await line.getByRole('button').click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(title);
  const focused = page.locator('section.turn.focused');
  await expect(focused).toBeVisible();
  await expect(focused).toContainText(/partnership/i);
  await expect(focused.locator('.speaker').first()).toContainText(speaker.split(' ').pop() ?? '');
  await state(page, 'research-kwic-reader');

  // The turn cited through the reader's Cite menu (with the source's attribution).
  await page.getByRole('toolbar', { name: 'Reader' }).getByRole('button', { name: 'Cite' }).click();
  await page.getByRole('menuitem', { name: 'APA' }).click();
  await expect(page.locator('.notice-text')).toHaveText(/Citation of the turn \d+ copied as APA/);
  const apa = await page.evaluate(() => navigator.clipboard.readText());
  expect(apa).toContain(title.slice(0, 20));
  await page.getByRole('toolbar', { name: 'Reader' }).getByRole('button', { name: 'Cite' }).click();
  await page.getByRole('menuitem', { name: 'BibTeX' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@\w+\{/);

  // The smallest window: the concordance beside the reader, still aligned on the match.
  await page.setViewportSize({ width: 760, height: 480 });
  await expect(kwicLines(page).first()).toBeVisible();
  await state(page, 'research-narrow');
});

test('trends, speakers and collocates of a search', async ({ app }) => {
  const { page } = app;
  await importSample(app);
  await search(page, 'cooperation');

  // Trend of two queries: two series drawn on the date axis, with the numbers in a table.
  await page.getByRole('group', { name: 'Research this search' }).getByRole('button', { name: 'Trend' }).click();
  await page.getByLabel('Add a query to the trend').fill('security');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const figure = page.getByRole('figure', { name: /Trend of cooperation, security/ });
  await expect(figure.locator('canvas')).toBeVisible({ timeout: 15_000 });
  await expect(figure.locator('.u-legend .u-series')).toHaveCount(3);
  await expect(figure.locator('.u-legend')).toContainText('cooperation');
  await expect(figure.locator('.u-legend')).toContainText('security');
  await page.getByText('Table of the numbers').click();
  const table = page.locator('.trend-table table');
  await expect(table.locator('thead th')).toHaveText(['Period', 'Words spoken', 'cooperation', 'security']);
  const years = await table.locator('tbody th').allTextContents();
  expect(years.length).toBeGreaterThan(5);
  expect(years).toEqual([...years].sort());
  // The canvas drew lines in the series' colours (not an empty chart).
  const painted = await figure.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i + 3] > 0 && Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 60) coloured++;
    return coloured;
  });
  expect(painted).toBeGreaterThan(100);
  await state(page, 'research-trends');
  await page.getByRole('button', { name: 'CSV' }).click();
  const trendCsv = readFileSync(await savedFile(page, /Trend of .*\.csv/), 'utf8');
  expect(trendCsv.replace(/^\ufeff/, '').split('\r\n')[0]).toBe(
    'period,words,cooperation (count),"cooperation (per 10,000 words)",security (count),"security (per 10,000 words)"',
  );
  await page.getByRole('button', { name: 'PNG' }).click();
  const png = readFileSync(await savedFile(page, /Trend of .*\.png/));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // SVG: drawn from the numbers, a group of lines and dots per series.
  await page.getByRole('button', { name: 'SVG' }).click();
  const svg = readFileSync(await savedFile(page, /Trend of .*\.svg/), 'utf8');
  expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg.match(/<g class="series" /g)).toHaveLength(2);
  expect(svg.match(/<polyline /g)?.length).toBeGreaterThanOrEqual(2);
  expect(svg).toContain('>Trend of cooperation, security</text>');
  expect(svg).toContain('>Occurrences per 10,000 words spoken, by year. Verbatim.</text>');

  // Split by speaker: a series per person who says it most.
  await page.getByLabel('Split by speaker').check();
  await expect(figure.locator('.u-legend')).toContainText('cooperation — Vladimir Putin', { timeout: 15_000 });
  await page.getByLabel('Split by speaker').uncheck();
  await expect(figure.locator('.u-legend .u-series')).toHaveCount(3);

  // A period's count opens Search on that period.
  const cell = table.getByRole('button', { name: /of cooperation in \d{4}: search them/ }).first();
  const year = (await cell.getAttribute('aria-label'))?.match(/in (\d{4})/)?.[1];
  await cell.click();
  await expect(page.getByRole('combobox', { name: 'Search the archive' })).toHaveValue(`cooperation date:${year}`);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toContainText(year ?? 'none');

  // Who says it: people with counts, sortable; a person opens Search on what they say.
  await page.getByRole('combobox', { name: 'Search the archive' }).fill('cooperation');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Find documents/ }).fill('Who says this');
  await page.keyboard.press('Enter');
  const speakers = page.getByRole('table', { name: /Who says cooperation/ });
  await expect(speakers.locator('tbody tr').first()).toBeVisible({ timeout: 15_000 });
  const times = (await speakers.locator('tbody tr td:nth-of-type(1)').allTextContents()).map((t) => Number(t.replace(/\D/g, '')));
  expect(times.length).toBeGreaterThan(2);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  await expect(speakers.locator('tbody tr').first().locator('th')).toContainText('Putin');
  await state(page, 'research-speakers');
  await speakers.getByRole('button', { name: /^Person/ }).click();
  await expect(speakers.locator('thead th').first()).toHaveAttribute('aria-sort', 'ascending');
  const names = await speakers.locator('tbody th').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  await speakers.locator('tbody th').getByRole('button', { name: /Putin/ }).click();
  await expect(page.getByRole('combobox', { name: 'Search the archive' })).toHaveValue(/^cooperation speaker:"[^"]*Putin"$/);

  // Collocates of the query, with counts and G².
  await page.getByRole('group', { name: 'Research this search' }).getByRole('button', { name: 'Concordance' }).click();
  await page.getByRole('tab', { name: 'Collocates' }).click();
  const collocates = page.getByRole('table', { name: /Words near/ });
  await expect(collocates.locator('tbody tr').first()).toBeVisible({ timeout: 15_000 });
  const g2 = (await collocates.locator('tbody tr td:nth-of-type(3)').allTextContents()).map(Number);
  expect(g2.length).toBeGreaterThan(2);
  expect(g2).toEqual([...g2].sort((a, b) => b - a));
  await state(page, 'research-collocates');
});

test('without a query, with a query the language cannot read, and with no occurrence', async ({ app }) => {
  const { page } = app;
  await importSample(app);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Research/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Concordance' })).toBeVisible();
  await state(page, 'research-empty');

  // Everyone who speaks, by words spoken.
  await page.getByRole('tab', { name: 'Speakers' }).click();
  const everyone = page.getByRole('table', { name: /Every speaker in the archive/ });
  await expect(everyone.locator('tbody tr').first()).toBeVisible({ timeout: 15_000 });
  await expect(everyone.locator('thead th')).toHaveText(['Person', 'Documents', 'Turns', 'Words ▼', 'First', 'Last']);
  const words = (await everyone.locator('tbody tr td:nth-of-type(3)').allTextContents()).map((t) => Number(t.replace(/\D/g, '')));
  expect(words).toEqual([...words].sort((a, b) => b - a));
  await state(page, 'research-speakers-all');

  const box = page.getByRole('combobox', { name: 'Search the archive' });
  await page.getByRole('tab', { name: 'Concordance' }).click();
  await box.fill('"strategic partnership');
  await expect(page.locator('.research-note')).toContainText('This query cannot be read', { timeout: 15_000 });
  await state(page, 'research-invalid');
  await box.fill('xylophonist');
  await expect(page.locator('.research-note')).toContainText('No occurrences of xylophonist.', { timeout: 15_000 });
  await page.getByRole('tab', { name: 'Trends' }).click();
  await expect(page.locator('.research-note')).toContainText('xylophonist is not said in any dated document.', { timeout: 15_000 });
});
