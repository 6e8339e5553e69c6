import { join } from 'node:path';
import { expect, FIXTURES, test } from './harness';

test('saved HTML, then the same page as copied text: one document, with the HTML’s URL and tags', async ({ app }) => {
  const { page } = app;
  await app.drop([join(FIXTURES, 'kremlin_en_html', '54483.html')]);
  await expect(page.locator('.import-summary')).toHaveText('1 document imported.');
  await app.drop([join(FIXTURES, 'kremlin_en_txt', '54483.txt')]);
  await expect(page.locator('.import-summary')).toHaveText('nothing new: 1 document already in the archive.');
  await expect(page.locator('.doc-row')).toHaveCount(1);
  await page.locator('.doc-row').first().click();
  await expect(page.getByRole('article')).toContainText('http://en.kremlin.ru/events/president/news/54483');
});

test('a dropped folder is imported recursively; the photo gallery is skipped with its reason', async ({ app }) => {
  const { page } = app;
  // A dropped folder reaches the app as one item whose path is the folder.
  await app.drop([join(FIXTURES, 'kremlin_en_html')]);
  await expect(page.locator('.import-summary')).toHaveText('45 documents imported, 5 unchanged, 1 file skipped.', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Details' }).click();
  await expect(page.locator('.import-details')).toContainText(/photos\.html: a photo gallery page/i);
});

test('a CSV whose columns are not recognised opens the mapping dialog, then imports', async ({ app }) => {
  const { page } = app;
  await app.drop([join(FIXTURES, 'datasets', 'needs_mapping.csv')]);
  const dialog = page.getByRole('dialog', { name: 'Match the columns' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title').selectOption('occasion');
  await dialog.getByLabel('Transcript text').selectOption('remarks');
  await dialog.getByLabel('Date').selectOption('delivered');
  await dialog.getByLabel('Place').selectOption('venue');
  await dialog.getByRole('button', { name: 'Import with these columns' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.import-summary')).toContainText('imported');
  await expect(page.locator('.doc-row').first()).toContainText('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov');
  await expect(page.locator('.doc-row').first()).toContainText('Bishkek');
});
