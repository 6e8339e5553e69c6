/**
 * The library and reader on the dev sample (tests/fixtures/kremlin_en_html, saved en.kremlin.ru pages), in Chromium with the real handlers:
 * facets, dates, reading, speakers, find, notes, quotes with citations, delete with undo, export, the palette,
 * an axe check, and screenshots in light and dark under docs/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, FIXTURES, test } from './harness';
import { axe, rows, selectWords } from './helpers';

const SAMPLE = join(FIXTURES, 'kremlin_en_html');
const DOCS = join(__dirname, '..', '..', 'docs');
const FILES = readdirSync(SAMPLE)
  .filter((f) => /^\d+\.html$/.test(f))
  .map((f) => join(SAMPLE, f));

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function importSample(app: { page: Page; drop(paths: string[]): Promise<void> }) {
  await app.drop(FILES);
  await expect(app.page.locator('.import-summary')).toContainText('imported', { timeout: 30_000 });
}

test('filter by facets and dates, read a transcript, step through a speaker, find, annotate, quote, undo a delete', async ({ app }) => {
  const { page, archive } = app;
  await importSample(app);
  const total = archive.count();
  await expect(page.getByRole('grid', { name: `Library, ${total} documents` })).toBeVisible();

  // A facet: the place facet's top value narrows the table to its count, shown as a chip.
  const place = archive.library.facets({}, 10).facets.place[0];
  await page
    .getByRole('list', { name: 'Place facet' })
    .getByLabel(new RegExp(`^${place.value}`))
    .check();
  await expect(page.getByRole('grid', { name: `Library, ${place.count} documents` })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Active filters' })).toContainText(`Place: ${place.value}`);
  await page.getByRole('button', { name: `Remove filter Place: ${place.value}` }).click();
  await expect(page.getByRole('grid', { name: `Library, ${total} documents` })).toBeVisible();

  // A date range typed into the timeline's fields, counted against the archive itself.
  await page.getByLabel('From', { exact: true }).fill('2019-01-01');
  await page.getByLabel('To', { exact: true }).fill('2019-12-31');
  const in2019 = archive.library.query({ from: '2019-01-01', to: '2019-12-31' }, { column: 'date', direction: 'desc' }).total;
  await expect(page.getByRole('grid', { name: `Library, ${in2019} documents` })).toBeVisible();
  // Brushing the histogram sets a range too.
  await page.getByRole('button', { name: /Remove filter Dates/ }).click();
  const bars = page.locator('.histogram');
  await bars.scrollIntoViewIfNeeded();
  const box = await bars.boundingBox();
  if (!box) throw new Error('no histogram');
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('group', { name: 'Active filters' })).toContainText('Dates:');
  await page.getByRole('button', { name: 'Clear all' }).click();

  // Sort by turns, most first.
  await page.getByRole('columnheader', { name: 'Turns' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Turns' })).toHaveAttribute('aria-sort', 'descending');

  // AND across facets: a speaker and a year.
  await page
    .getByRole('list', { name: 'Speaker facet' })
    .getByLabel(/^Vladimir Putin/)
    .check();
  const putinDocs = archive.library.query({ facets: { speaker: ['Vladimir Putin'] } }, { column: 'date', direction: 'desc' });
  await expect(page.getByRole('grid', { name: `Library, ${putinDocs.total} documents` })).toBeVisible();
  await page.getByRole('list', { name: 'Year facet' }).getByLabel(/^2019/).check();
  const putin2019 = archive.library.query(
    { facets: { speaker: ['Vladimir Putin'], year: ['2019'] } },
    { column: 'date', direction: 'desc' },
  ).total;
  await expect(page.getByRole('grid', { name: `Library, ${putin2019} documents` })).toBeVisible();
  await page.getByRole('button', { name: 'Clear all' }).click();

  // A transcript where Vladimir Putin speaks several times among others, opened from the title filter.
  const conversation = putinDocs.ids
    .map((id) => ({ id, speakers: archive.library.speakers(id) }))
    .find((d) => d.speakers.length >= 2 && (d.speakers.find((s) => s.speaker === 'Vladimir Putin')?.turns ?? 0) >= 3);
  if (!conversation) throw new Error('no conversation in the sample');
  const putinTurns = conversation.speakers.filter((s) => s.speaker === 'Vladimir Putin').reduce((n, s) => n + s.turns, 0);
  const title = archive.get(conversation.id)?.title ?? '';
  await page.getByRole('searchbox', { name: 'Filter by title or speaker' }).fill(title);
  await rows(page).filter({ hasText: title }).first().click();
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(reader.locator('.speaker .person').filter({ hasText: 'Vladimir Putin' }).first()).toBeVisible();

  // The speakers panel: counts, stepping through one speaker's turns, only that speaker.
  const toolbar = page.getByRole('toolbar', { name: 'Reader' });
  await toolbar.getByRole('button', { name: 'Speakers' }).click();
  const panel = page.getByRole('table', { name: 'Speakers' });
  await expect(panel.getByRole('row').filter({ hasText: 'Vladimir Putin' })).toContainText(String(putinTurns));
  await panel.getByRole('button', { name: 'Next turn by Vladimir Putin' }).click();
  await expect(reader.locator('.turn.focused .speaker')).toContainText('Vladimir Putin');
  await expect(page.locator('.status-line.notice')).toContainText(`Vladimir Putin: turn 1 of ${putinTurns}`);
  await panel.getByRole('button', { name: 'Next turn by Vladimir Putin' }).click();
  await expect(page.locator('.status-line.notice')).toContainText(`Vladimir Putin: turn 2 of ${putinTurns}`);
  await expect(reader.locator('.turn.focused .speaker')).toContainText('Vladimir Putin');
  await panel.getByRole('row').filter({ hasText: 'Vladimir Putin' }).getByRole('button', { name: 'Only' }).click();
  const speakers = await reader.locator('.turn .speaker').allTextContents();
  expect(speakers.length).toBe(putinTurns);
  expect(speakers.every((s) => s.includes('Vladimir Putin'))).toBe(true);
  await page.getByRole('button', { name: 'Show everyone' }).click();
  await toolbar.getByRole('button', { name: 'Speakers' }).click();

  // The Jeenbekov meeting for find, quotes and notes.
  await page.getByRole('searchbox', { name: 'Filter by title or speaker' }).fill('Kyrgyzstan');
  await rows(page).filter({ hasText: 'Meeting with President of Kyrgyzstan' }).click();
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov');
  await expect(reader.locator('.speaker .role').first()).toHaveText('President of Kyrgyzstan');
  await expect(reader.locator('.speaker .person').first()).toHaveText('Sooronbay Jeenbekov');

  // Find in document.
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('Kyrgyz');
  await expect(page.locator('.find-count')).toHaveText(/^1 of \d+$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.find-count')).toHaveText(/^2 of \d+$/);
  await expect(reader.locator('mark.hit.current')).toHaveText(/kyrgyz/i);
  await page.keyboard.press('Escape');

  // Copy as quote, with its citation, from the clipboard.
  await selectWords(page, 'Sooronbay Jeenbekov', 0, 'Mr President,'.length);
  await page.keyboard.press('Control+Shift+C');
  await expect(page.locator('.status-line.notice')).toContainText('Quote copied');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  const meeting = archive.library.query({ text: 'President of Kyrgyzstan' }, { column: 'date', direction: 'desc' }).ids[0];
  const url = archive.get(meeting)?.url;
  expect(url).toMatch(/^https?:\/\/en\.kremlin\.ru\/events\/president\/news\/62149$/);
  expect(clip).toBe(
    `“Mr President,”\n— Sooronbay Jeenbekov, President of Kyrgyzstan, “Meeting with President of Kyrgyzstan Sooronbay Jeenbekov”, 28 November 2019, Bishkek. ${url}\n` +
      'Source: en.kremlin.ru, licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)',
  );

  // An annotation: highlight, note, listed in the document and across the archive.
  await selectWords(page, 'Sooronbay Jeenbekov', 0, 'Mr President'.length);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Annotate…' }).click();
  await page.getByRole('dialog', { name: 'Annotate' }).getByLabel('Note').fill('Opening courtesy');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(reader.locator('mark.annotation')).toHaveText('Mr President');
  await expect(page.getByRole('list', { name: 'Notes in this document' })).toContainText('Opening courtesy');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Notes' }).click();
  await expect(page.getByRole('listbox', { name: /Notes across the archive/ })).toContainText('Opening courtesy');
  await page.keyboard.press('Escape');

  // Delete with undo.
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(rows(page).first()).toBeVisible();
  await page.getByRole('grid', { name: /^Library/ }).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('grid', { name: `Library, ${total - 1} documents` })).toBeVisible();
  await page.locator('.status-line.notice').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('grid', { name: `Library, ${total} documents` })).toBeVisible();
  expect(archive.count()).toBe(total);
});

test('palette, help, export, axe, and screenshots in light and dark', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('The archive is empty')).toBeVisible();
  await axe(page, 'empty');
  await importSample(app);
  await rows(page).filter({ hasText: 'Meeting with President of Kyrgyzstan' }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(/Kyrgyzstan/);

  // The palette finds documents, speakers and commands as you type.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.getByRole('combobox').fill('CSTO');
  await expect(palette.getByRole('option').filter({ hasText: 'CSTO summit' })).toBeVisible();
  await page.getByRole('combobox').fill('export as csv');
  await page.keyboard.press('Enter');
  await expect(page.locator('.status-line.notice')).toContainText('Exported 1 document to');
  const path = (await page.locator('.notice-text').textContent())?.replace(/^Exported 1 document to /, '') ?? '';
  expect(existsSync(path)).toBe(true);
  expect(readFileSync(path, 'utf8').split('\r\n')[0]).toBe('document_id,title,date,time,place,url,turn,speaker,person,role,text');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Command palette');
  await axe(page, 'help');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await axe(page, 'library and reader');

  // The export notice (a temporary path) fades by itself; the screenshots are taken without it.
  await expect(page.locator('.status-line.notice')).toHaveCount(0, { timeout: 10_000 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const speakersButton = page.getByRole('toolbar', { name: 'Reader' }).getByRole('button', { name: 'Speakers' });
    await speakersButton.click();
    await page.screenshot({ path: join(DOCS, `reader-${scheme}.png`) });
    await speakersButton.click();
    await page.getByRole('list', { name: 'Year facet' }).getByLabel(/^2019/).check();
    await page.screenshot({ path: join(DOCS, `library-${scheme}.png`) });
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('putin');
    await expect(
      page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').filter({ hasText: 'Vladimir Putin' }).first(),
    ).toBeVisible();
    await page.screenshot({ path: join(DOCS, `palette-${scheme}.png`) });
    if (scheme === 'dark') await axe(page, 'palette dark');
    await page.keyboard.press('Escape');
  }
});

test('the speakers panel keeps its step buttons in one column, with or without Rename… and Merge…', async ({ app }) => {
  const { page } = app;
  // A news conference: persons, and "Question" labels that name no one (no Rename… or Merge…).
  await app.drop([join(SAMPLE, '17976.html')]);
  await rows(page).first().click();
  await page.getByRole('toolbar', { name: 'Reader' }).getByRole('button', { name: 'Speakers' }).click();
  const panel = page.getByRole('table', { name: 'Speakers' });
  const withPerson = panel.getByRole('row').filter({ has: page.getByRole('button', { name: /^Rename person/ }) });
  const without = panel
    .getByRole('row')
    .filter({ hasText: 'Question' })
    .filter({ hasNot: page.getByRole('button', { name: /^Rename person/ }) });
  await expect(withPerson.first()).toBeVisible();
  await expect(without.first()).toBeVisible();
  const left = async (row: typeof panel) => (await row.getByRole('button', { name: 'Only' }).boundingBox())?.x;
  expect(await left(without.first())).toBe(await left(withPerson.first()));
});
