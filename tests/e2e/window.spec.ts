/**
 * The window's state bugs of issue 11, each as a user meets it, in Chromium with the
 * real handlers: dialogs' primary buttons, the search box's Esc, the query kept across
 * views, sorting from the top, opening a similar passage, an import in progress, the
 * comparison's sides and picker, the minimum window, and the store's refresh rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPaths } from '../../main/importer/importer';
import { parseKremlinHtml } from '../../main/import/kremlin-html';
import { expect, FIXTURES, test } from './harness';
import { expectReadable, imported, rows, selectWords } from './helpers';

const SEED = join(FIXTURES, 'seed', '000_0d3bfd9f4775dded.txt');
const HTML = join(FIXTURES, 'kremlin_en_html');
const KYRGYZ = 'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov';

test('1. every dialog’s primary button can be seen and read', async ({ app }) => {
  const { page } = app;
  await app.drop([SEED]);
  await imported(page, '2 documents imported');
  await rows(page).filter({ hasText: KYRGYZ }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(KYRGYZ);

  await selectWords(page, 'Sooronbay Jeenbekov', 0, 'Mr President'.length);
  await page.keyboard.press('Control+Shift+A');
  await expectReadable(page.getByRole('dialog', { name: 'Annotate' }).getByRole('button', { name: 'Save note' }));
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+e');
  await expectReadable(page.getByRole('dialog', { name: 'Edit document' }).getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Escape');

  await page.getByRole('searchbox', { name: 'Filter by title or speaker' }).fill('CSTO');
  await page.getByRole('button', { name: 'Save filter…' }).click();
  await expectReadable(page.getByRole('dialog', { name: 'Save filter' }).getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'New collection' }).click();
  await expectReadable(page.getByRole('dialog', { name: 'New collection' }).getByRole('button', { name: 'Create' }));
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Find documents/ }).fill('add to collection');
  await page.keyboard.press('Enter');
  await expectReadable(page.getByRole('dialog', { name: /to a collection/ }).getByRole('button', { name: 'Add' }));
  await page.keyboard.press('Escape');

  await page.getByRole('grid', { name: /^Library/ }).focus();
  await page.keyboard.press('?');
  await expectReadable(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Close' }));
  await page.keyboard.press('Escape');

  await app.drop([join(FIXTURES, 'datasets', 'needs_mapping.csv')]);
  const mapping = page.getByRole('dialog', { name: 'Match the columns' });
  await mapping.getByLabel('Title').selectOption('occasion');
  await expectReadable(mapping.getByRole('button', { name: 'Import with these columns' }));
});

test('2. Esc in the search box closes the suggestions and keeps the query and its results', async ({ app }) => {
  const { page } = app;
  await app.drop([SEED]);
  await imported(page, '2 documents imported');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Search/ })
    .click();
  const box = page.getByRole('combobox', { name: 'Search the archive' });
  await box.fill('jeenb');
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option').first()).toBeVisible();
  await box.press('Escape');
  await expect(suggestions).toHaveCount(0);
  await expect(box).toHaveValue('jeenb');

  await box.fill('welcome');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await box.press('Escape');
  await expect(box).toHaveValue('welcome');
  await expect(results.getByRole('listitem')).toHaveCount(1);
});

test('3. the query stays when leaving Search: Library and back, a sidebar facet, Esc from a hit', async ({ app }) => {
  const { page } = app;
  await app.drop([SEED]);
  await imported(page, '2 documents imported');
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('button', { name: /^Search/ }).click();
  const box = page.getByRole('combobox', { name: 'Search the archive' });
  const results = page.getByRole('list', { name: 'Search results' });
  await box.fill('welcome');
  await expect(results.getByRole('listitem')).toHaveCount(1);

  await nav.getByRole('button', { name: /^Library/ }).click();
  await expect(page.getByRole('grid', { name: /^Library/ })).toBeVisible();
  await nav.getByRole('button', { name: /^Search/ }).click();
  await expect(box).toHaveValue('welcome');
  await expect(results.getByRole('listitem')).toHaveCount(1);

  // In Search, the sidebar's facets are the results' facets: ticking one narrows the query.
  await page
    .getByRole('list', { name: 'Speaker facet' })
    .getByLabel(/^Sooronbay Jeenbekov/)
    .check();
  await expect(box).toHaveValue('welcome speaker:"Sooronbay Jeenbekov"');
  // The narrowed query's own results, not the last query's kept on screen (marked busy) until they come:
  // they replace the list, and a hit opened from the old one would be gone.
  await expect(page.locator('.search-body')).toHaveAttribute('aria-busy', 'false');
  await expect(results.getByRole('listitem')).toHaveCount(1);

  // Open a hit, close the find bar, and Esc again: back to the results, the query still there.
  await results.locator('.search-hit').first().click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(KYRGYZ);
  await expect(page.getByRole('searchbox', { name: 'Find in document' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('searchbox', { name: 'Find in document' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('welcome speaker:"Sooronbay Jeenbekov"');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.locator('.search-hit').first()).toBeFocused();
});

test('4. sorting starts at the top of the list', async ({ app }) => {
  const { page, archive } = app;
  await app.drop([HTML]);
  await imported(page, '45 documents imported');
  const grid = page.getByRole('grid', { name: /^Library/ });
  // The cursor on a one-turn document, far down when sorted by turns.
  const short = archive.library.query({}, { column: 'turns', direction: 'asc' }).ids[0];
  const shortTitle = archive.get(short)?.title ?? '';
  const filter = page.getByRole('searchbox', { name: 'Filter by title or speaker' });
  await filter.fill(shortTitle);
  await rows(page).filter({ hasText: shortTitle }).first().click();
  await filter.fill('');
  await expect(grid).toHaveAttribute('aria-label', 'Library, 45 documents');

  const first = page.locator('.doc-row[aria-rowindex="2"]');
  await page.getByRole('columnheader', { name: 'Turns' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Turns' })).toHaveAttribute('aria-sort', 'descending');
  const most = archive.get(archive.library.query({}, { column: 'turns', direction: 'desc' }).ids[0])?.title ?? '';
  await expect(first).toContainText(most);
  await expect(first).toBeInViewport();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(most);

  await page.getByRole('columnheader', { name: 'Title' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  const aToZ = archive.get(archive.library.query({}, { column: 'title', direction: 'asc' }).ids[0])?.title ?? '';
  await expect(first).toContainText(aToZ);
  await expect(first).toBeInViewport();
  expect(await page.locator('.tbody').evaluate((el) => el.scrollTop)).toBe(0);
});

test('5. “Open” on a similar passage shows that passage in the reader', async ({ app }) => {
  const { page, archive } = app;
  await importPaths(archive, [join(HTML, '62149.html'), join(HTML, '62146.html')]);
  // A second copy of the meeting under another title: its paragraphs are the similar passages.
  const parsed = parseKremlinHtml(readFileSync(join(HTML, '62149.html'), 'utf8'));
  if (parsed.kind !== 'documents') throw new Error('62149 did not parse');
  const reprint = { ...parsed.documents[0], title: 'The Bishkek meeting, as reprinted', date: '2019-12-01', url: null };
  archive.write(reprint, { path: '/reprint/bishkek.html', size: 1, fileHash: 'reprint', format: 'kremlin-html' });
  await page.reload();
  await expect(rows(page)).toHaveCount(3);
  await rows(page).filter({ hasText: KYRGYZ }).click();
  await rows(page)
    .filter({ hasText: 'CSTO summit' })
    .click({ modifiers: ['Control'] });
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Compare/ })
    .click();
  const comparison = page.getByRole('region', { name: 'Comparison' });
  // Two different meetings open by theme; the passage is found in the aligned view.
  await comparison.getByRole('group', { name: 'Compare as' }).getByRole('button', { name: 'Versions' }).click();
  await expect(comparison.getByRole('table', { name: 'Aligned passages' })).toBeVisible({ timeout: 15_000 });
  const cell = comparison.locator('[id^="compare-left-"]').filter({ hasText: 'Welcome to the Kyrgyz Republic' });
  await cell.getByRole('button', { name: 'Find similar passages in the archive' }).click();
  const hit = page.getByRole('complementary', { name: 'Similar passages' }).getByRole('listitem').filter({ hasText: 'as reprinted' });
  await hit.getByRole('button', { name: 'Open' }).click();

  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText('The Bishkek meeting, as reprinted');
  await expect(reader.locator('.turn.focused')).toBeInViewport();
  await expect(reader.locator('.turn.focused')).toContainText('Welcome to the Kyrgyz Republic');
});

test('6. an import in progress: documents appear as they are saved, and a second drop is answered', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('The archive is empty')).toBeVisible();
  const release = app.holdImports();
  await app.drop([HTML]);
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(rows(page).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('The archive is empty')).toHaveCount(0);
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();

  await app.drop([SEED]);
  await expect(page.locator('.status-line.notice')).toContainText('An import is already running');
  release();
  await imported(page, '45 documents imported');
});

test('7. Compare: the first chosen document on the left, dated headings, a searchable picker', async ({ app }) => {
  const { page } = app;
  await app.drop([join(HTML, '62149.html'), join(HTML, '62146.html')]);
  await imported(page, '2 documents imported');
  // Newest first: the meeting, then the summit. The summit is chosen first.
  await rows(page).filter({ hasText: 'CSTO summit' }).click();
  await rows(page)
    .filter({ hasText: KYRGYZ })
    .click({ modifiers: ['Control'] });
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Compare/ })
    .click();
  const comparison = page.getByRole('region', { name: 'Comparison' });
  await comparison.getByRole('group', { name: 'Compare as' }).getByRole('button', { name: 'Versions' }).click();
  const heads = comparison.getByRole('table', { name: 'Aligned passages' }).getByRole('columnheader');
  await expect(heads.nth(0)).toContainText('CSTO summit');
  await expect(heads.nth(0)).toContainText('2019');
  await expect(heads.nth(1)).toContainText(KYRGYZ);
  await expect(heads.nth(1)).toContainText('2019');

  // The picker is searched by typing, not scrolled through.
  const right = comparison.getByRole('combobox', { name: 'Right document' });
  await right.click();
  await right.fill('csto');
  const options = comparison.getByRole('listbox', { name: 'Right document choices' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await options.first().click();
  await expect(heads.nth(1)).toContainText('CSTO summit');
});

test('8. at the minimum window the reader keeps its room and its toolbar stays one row', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 760, height: 480 });
  await app.drop([SEED]);
  await imported(page, '2 documents imported');
  await rows(page).filter({ hasText: KYRGYZ }).click();
  const pane = page.getByRole('region', { name: 'Reader' });
  const box = await pane.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(380);
  const toolbar = page.getByRole('toolbar', { name: 'Reader' });
  const tops = await toolbar.getByRole('button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(4);
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
  expect((await toolbar.boundingBox())?.height ?? 99).toBeLessThanOrEqual(44);
  // The sidebar is one click away.
  await rows(page)
    .filter({ hasNotText: KYRGYZ })
    .click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Show sidebar' }).click();
  await expect(page.getByRole('complementary', { name: 'Archive' })).toBeInViewport();
  // Compare, chosen there for the two selected documents, closes the sidebar as choosing a view does: the comparison is not left under it.
  await page.getByRole('complementary', { name: 'Archive' }).getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Close comparison' })).toBeInViewport();
  await expect(page.getByRole('complementary', { name: 'Archive' })).not.toBeInViewport();
});

test('the store refreshes what an edit touches: list, reader and search, without a reload', async ({ app }) => {
  const { page } = app;
  await app.drop([SEED]);
  await imported(page, '2 documents imported');
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('button', { name: /^Search/ }).click();
  await page.getByRole('combobox', { name: 'Search the archive' }).fill('welcome');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results).toContainText(KYRGYZ);
  await results.locator('.search-title').first().click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(KYRGYZ);

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Edit document' });
  await dialog.getByLabel('Title').fill('Talks in Bishkek');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Talks in Bishkek');
  await expect(results).toContainText('Talks in Bishkek');
  await nav.getByRole('button', { name: /^Library/ }).click();
  await expect(rows(page).filter({ hasText: 'Talks in Bishkek' })).toHaveCount(1);
});

test('one command registry: the native menu, the palette, the shortcuts overlay and the keys agree', async ({ app }) => {
  const { page } = app;
  await app.drop([SEED]);
  await imported(page, '2 documents imported');
  // The native menu the window sends main, with accelerators and enabled states.
  await expect
    .poll(() =>
      app
        .menu()
        ?.find((m) => m.label === 'File')
        ?.items.find((i) => 'id' in i && i.id === 'import'),
    )
    .toMatchObject({
      label: 'Import files…',
      accelerator: 'CmdOrCtrl+O',
      enabled: true,
    });
  const undo = () =>
    app
      .menu()
      ?.find((m) => m.label === 'Edit')
      ?.items.find((i) => 'id' in i && i.id === 'undo');
  await expect.poll(undo).toMatchObject({ label: 'Undo delete', enabled: false });
  await page.getByRole('grid', { name: /^Library/ }).focus();
  await page.keyboard.press('Delete');
  await expect(rows(page)).toHaveCount(1);
  await expect.poll(undo).toMatchObject({ enabled: true });
  // A menu choice comes back as the command's id.
  await page.evaluate(() => window.__verbatimEmit('menu:command', 'undo'));
  await expect(rows(page)).toHaveCount(2);
  await page.evaluate(() => window.__verbatimEmit('menu:command', 'view-search'));
  await expect(page.getByRole('combobox', { name: 'Search the archive' })).toBeVisible();

  // The same command in the palette and in the shortcuts overlay, with the same keys.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Find documents/ }).fill('copy as markdown');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toContainText('Ctrl+Shift+M');
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row').filter({ hasText: 'Copy the selected words as a Markdown quote' })).toContainText('Ctrl+Shift+M');
});

test.describe('for a German user', () => {
  test.use({ locale: 'de-DE' });
  test('dates are written in the user’s locale, one way across the window', async ({ app }) => {
    const { page } = app;
    await app.drop([SEED]);
    await imported(page, '2 documents imported');
    const row = rows(page).filter({ hasText: KYRGYZ });
    await expect(row).toContainText('28. Nov. 2019');
    await row.click();
    await expect(page.getByRole('article').locator('.reader-meta')).toContainText('28. November 2019');
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /^Search/ })
      .click();
    await page.getByRole('combobox', { name: 'Search the archive' }).fill('welcome');
    await expect(page.locator('.search-meta').first()).toContainText('28. Nov. 2019');
  });
});

test('a link to a turn: copied from the reader, and opened from outside at that turn', async ({ app }) => {
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.drop([HTML]);
  await imported(page, '45 documents imported');
  await rows(page).filter({ hasText: KYRGYZ }).click();
  const id = app.archive.list(1000, 0).find((d) => d.title === KYRGYZ)?.id as number;
  // The words selected are in the second turn: the link names turn 2.
  await page.locator('.transcript section[data-turn="1"]').scrollIntoViewIfNeeded();
  await selectWords(page, 'Vladimir Putin', 0, 'Thank you'.length);
  const words = await page.evaluate(() => {
    const r = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : { x: 0, y: 0 };
  });
  await page.mouse.click(words.x, words.y, { button: 'right' });
  await page.getByRole('menu', { name: 'Selected text' }).getByRole('menuitem', { name: 'Copy link to this turn' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`verbatim://document/${id}#turn-2`);

  // Opened from outside (main hands the link over as an event) while another document is read.
  await rows(page).filter({ hasText: 'CSTO summit' }).click();
  app.emit('link:open', { documentId: id, turn: 1 });
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(KYRGYZ);
  await expect(page.locator('.transcript section[data-turn="1"]')).toBeInViewport();
});
