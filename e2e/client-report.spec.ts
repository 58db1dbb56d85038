import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { BEFORE, pdfText, shot } from './compare-helpers';

/** An address in full: a local part right before the @ (a redacted one ends in •••). */
const FULL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+/;

test('the client report of a run: the PDF holds the test’s name and its inbox share', async ({
  page,
  checkA11y,
}) => {
  await page.goto(`/tests?q=${encodeURIComponent('Tracking domain swap')}`);
  await page.getByRole('link', { name: BEFORE, exact: true }).click();
  await page.getByRole('link', { name: 'Client report' }).click();

  const report = page.getByRole('article', { name: 'Client report' });
  await expect(report.getByRole('heading', { level: 1, name: 'Inbox placement report' })).toBeVisible();
  await expect(report).toContainText(BEFORE);
  const inboxRow = report.getByRole('table').first().getByRole('row', { name: /^Inbox / });
  const inboxShare = (await inboxRow.getByRole('cell').first().textContent()) ?? '';
  expect(inboxShare).toMatch(/^\d+%$/);
  // Redaction is on unless turned off: the sender table shows j•••@acme-outbound.com.
  await expect(page.getByRole('switch', { name: 'Redact email addresses' })).toBeChecked();
  await expect(report).toContainText('j•••@acme-outbound.com');
  await checkA11y();
  await shot(page, 'report-light-wide');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const head = (await readFile(await download.path())).subarray(0, 5).toString('latin1');
  expect(head).toBe('%PDF-');
  const text = await pdfText(download);
  expect(text).toContain(BEFORE);
  expect(text).toMatch(new RegExp(`^Inbox\\n${inboxShare}$`, 'm'));
  expect(text).not.toMatch(FULL_ADDRESS);
  if (process.env.SHOTS_DIR) await download.saveAs(`${process.env.SHOTS_DIR}/report.pdf`);

  // Printed (and "Save as PDF"): only the report, on white.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('region', { name: 'Report options' })).toBeHidden();
  await shot(page, 'report-print');
});

test('the shared snapshot stands alone and, redacted, holds no address in full', async ({ page, browser }) => {
  await page.goto(`/tests?q=${encodeURIComponent('Tracking domain swap')}`);
  await page.getByRole('link', { name: BEFORE, exact: true }).click();
  await page.getByRole('link', { name: 'Client report' }).click();
  await page.getByLabel('Note for the client (optional)').fill('Questions? Write to jane.cooper@acme-outbound.com');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Share a snapshot (HTML)' }).click(),
  ]);
  const html = await readFile(await download.path(), 'utf8');
  expect(html).not.toMatch(FULL_ADDRESS);
  expect(html).toContain('j•••@acme-outbound.com');
  expect(html).not.toMatch(/<script|\son[a-z]+=|src="http|href="http|url\(/i);

  // Opened from disk with every request refused, it still shows the whole report.
  const file = test.info().outputPath('snapshot.html');
  await writeFile(file, html);
  const context = await browser.newContext({ offline: true });
  const offline = await context.newPage();
  const requests: string[] = [];
  offline.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  await offline.goto(`file://${file}`);
  await expect(offline.getByRole('heading', { level: 1, name: 'Inbox placement report' })).toBeVisible();
  await expect(offline.getByText(BEFORE)).toBeVisible();
  expect(requests).toEqual([]);
  await shot(offline, 'snapshot-offline');
  await context.close();

  // Turned off, the addresses are there in full.
  await page.getByRole('switch', { name: 'Redact email addresses' }).uncheck();
  await expect(page.getByRole('article', { name: 'Client report' })).toContainText('jane.cooper@acme-outbound.com');
});
