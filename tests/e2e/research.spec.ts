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
import { importSample, rows, state } from './helpers';

test.use({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
test.setTimeout(240_000);

/** Opens a view from the sidebar. */
async function openView(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
}

/** Searches from the Search view and waits for the first result. */
async function search(page: Page, query: string): Promise<void> {
  await openView(page, /^Search/);
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

test('another order of the concordance starts at the top of its lines', async ({ app }) => {
  const { page } = app;
  await importSample(app);
  await search(page, 'russia');
  await page.getByRole('group', { name: 'Research this search' }).getByRole('button', { name: 'Concordance' }).click();
  await expect(kwicLines(page).first()).toBeVisible({ timeout: 15_000 });
  const list = page.locator('.kwic-list');
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
  await page.getByLabel('Sort by').selectOption('right');
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(kwicLines(page).first()).toBeInViewport();
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
  // JSON: the command line's trend --json shape, with the period and what the numbers are.
  await page.getByRole('button', { name: 'JSON' }).click();
  const trendJson = JSON.parse(readFileSync(await savedFile(page, /Trend of .*\.json/), 'utf8'));
  expect(Object.keys(trendJson)).toEqual(['by', 'source', 'bins', 'words', 'series', 'undated']);
  expect(trendJson.by).toBe('year');
  expect(trendJson.source).toMatch(/per 10,000 words spoken/);
  expect(trendJson.bins).toEqual(years);
  expect(trendJson.series.map((x: { query: string; group: string | null }) => [x.query, x.group])).toEqual([
    ['cooperation', null],
    ['security', null],
  ]);
  for (const series of trendJson.series) expect(series.counts).toHaveLength(years.length);
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

  // Who says it: people with counts, sortable; a person's page searches what they say.
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
  await page.getByRole('button', { name: 'JSON' }).click();
  const speakersJson = JSON.parse(readFileSync(await savedFile(page, /Speakers of cooperation\.json/), 'utf8'));
  expect(speakersJson.query).toBe('cooperation');
  expect(speakersJson.speakers.map((r: { matches: number }) => r.matches)).toEqual(times);
  await speakers.getByRole('button', { name: /^Person/ }).click();
  await expect(speakers.locator('thead th').first()).toHaveAttribute('aria-sort', 'ascending');
  const names = await speakers.locator('tbody th').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  await speakers.locator('tbody th').getByRole('button', { name: /Putin/ }).click();
  await page.getByRole('button', { name: 'Search their turns' }).click();
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
  await page.getByRole('button', { name: 'JSON' }).click();
  const collocatesJson = JSON.parse(readFileSync(await savedFile(page, /Collocates of cooperation.*\.json/), 'utf8'));
  expect(collocatesJson).toMatchObject({ window: 5, stopwords: false, measure: 'g2' });
  expect(collocatesJson.query).toMatch(/^cooperation speaker:"[^"]*Putin"$/);
  expect(collocatesJson.collocates.map((c: { g2: number }) => c.g2.toFixed(1))).toEqual(g2.map((x) => x.toFixed(1)));
});

test('the documents a search finds, exported as CSV and JSON with their addresses and the source’s attribution', async ({ app }) => {
  const { page } = app;
  await importSample(app);
  await search(page, 'partnership');
  const total = Number((await page.locator('.search-summary').textContent())?.match(/([\d,]+) documents?/)?.[1].replace(/,/g, ''));
  expect(total).toBeGreaterThan(1);
  const titles = await page.getByRole('list', { name: 'Search results' }).locator('.search-title').allTextContents();

  // CSV from the search bar's menu, by keyboard: one row per document, in the list's order.
  const button = page.getByRole('group', { name: 'Research this search' }).getByRole('button', { name: 'Export results…' });
  await expect(button).toHaveAttribute('title', /CSV or JSON/);
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Export results…' });
  await expect(menu.getByRole('menuitem')).toHaveText(['As CSV…', 'As JSON…']);
  await state(page, 'search-export-results');
  await page.keyboard.press('Enter');
  const file = await savedFile(page, /Search results of partnership\.csv/);
  expect(basename(file)).toBe('Search results of partnership.csv');
  const csv = readFileSync(file, 'utf8');
  expect(csv.startsWith('\ufeff')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('document_id,title,date,place,url,matched_in,matching_turns,snippet,attribution');
  expect(lines).toHaveLength(total + 1);
  expect(lines[1]).toContain(titles[0]);
  for (const line of lines.slice(1)) {
    expect(line).toMatch(/^\d+,/);
    expect(line).toMatch(/,http:\/\/en\.kremlin\.ru\/events\/president\/[^,]+,/);
    expect(line).toMatch(/,"Source: en\.kremlin\.ru, licensed under Creative Commons Attribution 4\.0 International \(CC BY 4\.0\)"$/);
  }

  // JSON from the palette, sorted by date: newest first, as the list shows them.
  await page.locator('.search-sort select').selectOption('date');
  await expect(page.getByRole('list', { name: 'Search results' }).locator('.search-title').first()).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Find documents/ }).fill('Export the search results as JSON');
  await page.keyboard.press('Enter');
  const json = JSON.parse(readFileSync(await savedFile(page, /Search results of partnership\.json/), 'utf8'));
  expect(json).toMatchObject({ query: 'partnership', sort: 'date', total, exported: total, rankedAmong: null });
  expect(json.documents).toHaveLength(total);
  const dates = json.documents.map((d: { date: string }) => d.date);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(new Set(json.documents.map((d: { documentId: number }) => d.documentId)).size).toBe(total);
  expect(json.documents[0]).toEqual({
    documentId: expect.any(Number),
    title: expect.any(String),
    date: dates[0],
    place: expect.any(String),
    url: expect.stringMatching(/^http:\/\/en\.kremlin\.ru\//),
    matchedIn: expect.arrayContaining(['turns']),
    matchingTurns: expect.any(Number),
    snippet: expect.stringMatching(/partnership/i),
    attribution: expect.stringContaining('CC BY 4.0'),
  });
});

test('without a query, with a query the language cannot read, and with no occurrence', async ({ app }) => {
  const { page } = app;
  await importSample(app);
  await openView(page, /^Research/);
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

/** The file a bibliography export wrote, and how many entries the status bar says it holds. */
async function savedBibliography(page: Page, format: string): Promise<{ path: string; entries: number }> {
  const notice = page.locator('.notice-text').filter({ hasText: new RegExp(`Saved [\\d,]+ ${format} entr`) });
  await expect(notice).toBeVisible();
  const text = (await notice.textContent()) ?? '';
  const [, entries, path] =
    /^Saved ([\d,]+) \S+ entr(?:y|ies) to (.+?)(?: The search| There are| \d+ documents? (?:is|are) no longer|$)/.exec(text) ?? [];
  return { path: path.trim(), entries: Number(entries.replace(/,/g, '')) };
}

test('citations of a collection, of chosen documents and of a search, as one BibTeX or RIS file', async ({ app }) => {
  const { page } = app;
  await importSample(app);
  // Three documents into a new collection.
  await rows(page).nth(0).click();
  await rows(page)
    .nth(2)
    .click({ modifiers: ['Shift'] });
  await rows(page).nth(1).click({ button: 'right' });
  await page.getByRole('menuitem', { name: /Add to collection/ }).click();
  await page
    .getByRole('dialog', { name: /to a collection/ })
    .getByLabel('Name of the new collection')
    .fill('Direct Lines');
  await page
    .getByRole('dialog', { name: /to a collection/ })
    .getByRole('button', { name: 'Add' })
    .click();
  await expect(page.locator('.side-list')).toContainText('Direct Lines');

  // The collection's menu, from the keyboard: Tab to its button, open it, choose BibTeX.
  const menuButton = page.getByRole('button', { name: 'Export collection Direct Lines' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Export collection Direct Lines' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Export as BibTeX…', 'Export as RIS…', 'Export as CSL-JSON…']);
  await state(page, 'library-collection-export');
  await page.keyboard.press('Enter');
  const bib = await savedBibliography(page, 'BibTeX');
  expect(bib.entries).toBe(3);
  expect(basename(bib.path)).toBe('Direct Lines.bib');
  const bibtex = readFileSync(bib.path, 'utf8');
  const keys = [...bibtex.matchAll(/^@misc\{([^,]+),$/gm)].map((m) => m[1]);
  expect(keys).toHaveLength(3);
  for (const key of keys) expect(key).toMatch(/^kremlin-\d{4}-\d{2}-\d{2}-\d+$/);
  expect(new Set(keys).size).toBe(3);
  expect(
    bibtex.match(/note = \{Source: en\.kremlin\.ru, licensed under Creative Commons Attribution 4\.0 International \(CC BY 4\.0\)\}/g),
  ).toHaveLength(3);

  // The chosen documents, from their right-click menu: the format is chosen in a dialog.
  await rows(page).nth(1).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Export citations…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export citations' });
  await expect(dialog).toContainText('The 3 chosen documents');
  await dialog.getByLabel(/^RIS/).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const ris = await savedBibliography(page, 'RIS');
  expect(ris.entries).toBe(3);
  const risText = readFileSync(ris.path, 'utf8');
  expect(risText.match(/^TY {2}- /gm)).toHaveLength(3);
  expect(risText.match(/^ER {2}- ?$/gm)).toHaveLength(3);

  // Every document a search finds.
  await search(page, 'partnership');
  await page.getByRole('group', { name: 'Research this search' }).getByRole('button', { name: 'Export citations…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export citations' })).toContainText('Every document the search partnership finds');
  await page.getByRole('dialog', { name: 'Export citations' }).getByRole('button', { name: 'Export…' }).click();
  const found = await savedBibliography(page, 'BibTeX');
  expect(basename(found.path)).toBe('Citations of partnership.bib');
  const total = Number((await page.locator('.search-summary').textContent())?.match(/([\d,]+) documents?/)?.[1].replace(/,/g, ''));
  expect(found.entries).toBe(total);
  expect(readFileSync(found.path, 'utf8').match(/^@misc\{/gm)).toHaveLength(total);
});

test('a person’s page: totals as in the table, distinctive words, documents that open at their first turn', async ({ app }) => {
  const { page } = app;
  await importSample(app);
  await openView(page, /^Research/);
  await page.getByRole('tab', { name: 'Speakers' }).click();
  const everyone = page.getByRole('table', { name: /Every speaker in the archive/ });
  const first = everyone.locator('tbody tr').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  // The first rows' distinctive words arrive after the table.
  await expect(first.locator('.speaker-terms')).not.toBeEmpty({ timeout: 15_000 });
  const person = ((await first.locator('th button').textContent()) ?? '').trim();
  const cells = (await first.locator('td').allTextContents()).map((t) => t.trim());
  await everyone.getByRole('button', { name: /^Turns/ }).click();
  const sorted = await everyone.locator('tbody th').allTextContents();

  // The page: the person's totals are the table row's.
  await everyone.getByRole('button', { name: person, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: person, exact: true })).toBeFocused();
  const totals = page.locator('.person-totals');
  await expect(totals).toContainText(`${cells[0]} document`);
  await expect(totals).toContainText(`${cells[1]} turn`);
  await expect(totals).toContainText(`${cells[2]} words`);
  const terms = page.getByRole('table', { name: `Words most distinctive of ${person}` });
  await expect(terms.locator('tbody tr').first()).toBeVisible({ timeout: 15_000 });
  await expect(terms.locator('thead th')).toHaveText(['Word', 'Times', 'Per 10k words', 'Rest per 10k', 'z']);
  const z = (await terms.locator('tbody tr td:nth-of-type(4)').allTextContents()).map(Number);
  expect(z.every((v) => v >= 1.96)).toBe(true);
  expect(z).toEqual([...z].sort((a, b) => b - a));
  const docs = page.getByRole('table', { name: new RegExp(`Documents where ${person} speaks`) });
  await expect(docs.locator('tbody tr')).toHaveCount(Number(cells[0].replace(/\D/g, '')));
  await state(page, 'research-person');

  // A document opens in the reader at the person's first turn there.
  const doc = docs.locator('tbody tr').nth(1);
  const title = ((await doc.locator('th').textContent()) ?? '').trim();
  await doc.getByRole('button').click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(title);
  const focused = page.locator('section.turn.focused');
  await expect(focused).toBeVisible();
  await expect(focused.locator('.speaker').first()).toContainText(person.split(' ').pop() ?? '');
  await state(page, 'research-person-reader');

  // Escape on the page returns to the table as it was: sorted by turns, the focus on the person.
  await page.getByRole('button', { name: '← Speakers' }).focus();
  await page.keyboard.press('Escape');
  await expect(everyone).toBeVisible();
  expect(await everyone.locator('tbody th').allTextContents()).toEqual(sorted);
  await expect(everyone.getByRole('button', { name: person, exact: true })).toBeFocused();
  // And Back does the same.
  await everyone.getByRole('button', { name: person, exact: true }).press('Enter');
  await page.getByRole('button', { name: '← Speakers' }).click();
  await expect(everyone.getByRole('button', { name: person, exact: true })).toBeFocused();
});
