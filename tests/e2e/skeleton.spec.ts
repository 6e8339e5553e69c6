import { join } from 'node:path';
import { expect, FIXTURES, test } from './harness';

const SEED = join(FIXTURES, 'seed', '000_0d3bfd9f4775dded.txt');
// Dates are written in the user's locale; these expectations are British English.
test.use({ locale: 'en-GB' });
const DOCS = join(__dirname, '..', '..', 'docs');

test('drop the seed file, see both transcripts, open one and read its speaker turns', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('The archive is empty')).toBeVisible();

  await app.drop([SEED]);
  await expect(page.locator('.import-summary')).toHaveText('2 documents imported.');

  // The library is a grid; its document rows are those with a title cell.
  const rows = page
    .getByRole('grid', { name: /^Library/ })
    .getByRole('row')
    .filter({ has: page.locator('.doc-title') });
  await expect(rows).toHaveCount(2);
  // Newest first: the 14:30 meeting before the 12:30 summit.
  await expect(rows.nth(0).locator('.doc-title')).toHaveText('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov');
  await expect(rows.nth(1).locator('.doc-title')).toHaveText('CSTO summit');
  await expect(rows.nth(0)).toContainText('28 Nov 2019');
  await expect(rows.nth(0)).toContainText('14:30');
  await expect(rows.nth(0)).toContainText('Bishkek');
  await page.screenshot({ path: join(DOCS, 'library.png') });

  await rows.nth(0).click();
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov');
  await expect(reader.locator('.reader-meta')).toContainText('28 November 2019');
  await expect(reader.getByRole('list', { name: 'Persons' })).toContainText('Jeenbekov Sooronbay');
  await expect(reader.locator('.speaker')).toHaveText([
    'President of Kyrgyzstan Sooronbay Jeenbekov',
    'President of Russia Vladimir Putin',
  ]);
  await expect(reader.locator('.turn').nth(0)).toContainText('Welcome to the Kyrgyz Republic.');
  await expect(reader.locator('.omission')).toHaveCount(1);
  await page.screenshot({ path: join(DOCS, 'reader.png') });

  // Keyboard: the list moves with the arrow keys.
  await page.getByRole('grid', { name: /^Library/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText('CSTO summit');
  await expect(reader.locator('.turn').last()).toContainText('Thank you.');

  // The same file again adds nothing and says so.
  await app.drop([SEED]);
  await expect(page.locator('.import-summary')).toHaveText('nothing new: 2 documents already in the archive.');
  await expect(rows).toHaveCount(2);
});

test('a file that is not a transcript gets a clear message while the rest of the batch imports', async ({ app }) => {
  const { page } = app;
  await app.drop([join(FIXTURES, 'kremlin_en_html', '56255', 'photos.html'), SEED]);
  await expect(page.locator('.import-summary')).toHaveText('2 documents imported, 1 file skipped.');
  await page.getByRole('button', { name: 'Details' }).click();
  await expect(page.locator('.import-details')).toContainText('photos.html');
  await expect(page.locator('.doc-row')).toHaveCount(2);
});

test('requests from a sub-frame or with malformed arguments are refused before any handler runs', async ({ app }) => {
  const { page } = app;
  const fromTop = await page.evaluate(() => window.__verbatimInvoke('archive:info', []));
  expect(fromTop).toMatchObject({ ok: true, value: { documentCount: 0 } });

  // The same page loaded in an iframe has the same bridge, but is not the top frame.
  const fromFrame = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.src = '/index.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve));
    const child = frame.contentWindow as Window;
    for (let i = 0; i < 50 && typeof child.__verbatimInvoke !== 'function'; i++) await new Promise((r) => setTimeout(r, 20));
    return child.__verbatimInvoke('archive:info', []);
  });
  expect(fromFrame).toMatchObject({ ok: false });
  expect((fromFrame as { error: string }).error).toContain("did not come from Verbatim's own window");

  const malformed = await page.evaluate(() => window.__verbatimInvoke('document:get', ['1; DROP TABLE documents']));
  expect(malformed).toMatchObject({ ok: false });
  expect((malformed as { error: string }).error).toContain('Invalid request to “document:get”');
});
