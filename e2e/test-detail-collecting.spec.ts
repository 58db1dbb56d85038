import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import type { TestStats } from '../core/contract/analytics';
import { rowOf } from './tests-list-helpers';
import { ACTIVE_SENDERS, figure, HOUR, pageHeader, section } from './test-detail-helpers';

/** How often the results page refreshes while emails are arriving (use-window-queries.ts). */
const REFRESH_MS = 30_000;

test('a one-time test run immediately: results fill in as the emulator clock moves, then it completes', async ({
  page,
  request,
  createTest,
  emulator,
  checkA11y,
}) => {
  // The page refreshes every 30 s while collecting. The page's timers run on Playwright's clock,
  // so "30 s later" is a step of the journey, not half a minute of waiting.
  await page.clock.install();
  const created = await createTest({
    name: `E2E collecting ${Date.now()}`,
    run_immediately: true,
    emails: ACTIVE_SENDERS,
  });
  await page.goto(`/tests/${created.id}`);
  const completeness = section(page, 'Completeness');
  await expect(completeness.getByText('Still collecting results')).toBeVisible();
  await expect(figure(page, 'Expected')).toHaveText('12');
  await expect(figure(page, 'Sent')).toHaveText('12');
  await expect(figure(page, 'Received')).toHaveText('0');
  await checkA11y();

  // An hour later most emails are in; the page refreshes on its own while collecting.
  await emulator.advanceClock(HOUR);
  await page.clock.fastForward(REFRESH_MS);
  await expect(figure(page, 'Received')).not.toHaveText('0');

  await emulator.advanceClock(3 * HOUR);
  await page.getByRole('button', { name: 'Refresh results' }).click();
  await expect(figure(page, 'Still arriving')).toHaveText('0');
  await expect(completeness.getByText('Still collecting results')).toBeHidden();
  await expect(completeness.getByText(/^Complete: \d+ of 12 sent emails received$/)).toBeVisible();
  await expect(pageHeader(page).getByText('Completed', { exact: true })).toBeVisible();
  await checkA11y();

  // Back in the list, the row says how it went: the inbox share of what was received.
  const res = await request.post('/api/v2/inbox-placement-analytics/stats-by-test-id', {
    data: { test_ids: [created.id] },
  });
  const [stats] = (await res.json()) as TestStats[];
  await page.goto(`/tests?q=${encodeURIComponent(created.name)}`);
  const row = rowOf(page, created.name);
  await expect(row.getByText(`${Math.round(stats!.inbox_percent)}%`, { exact: true })).toBeVisible();
  // The run is final, so the row also counts the emails that never came.
  const missing = 12 - stats!.count;
  const covers = `of ${stats!.count} received${missing ? `, ${missing} missing` : ''}`;
  await expect(row.getByText(covers, { exact: true })).toBeVisible();
});

test('export the records and the sender matrix as CSV', async ({ page, createTest }) => {
  const created = await createTest({ name: `E2E export ${Date.now()}`, emails: ACTIVE_SENDERS });
  await page.goto(`/tests/${created.id}`);
  await expect(figure(page, 'Sent')).toHaveText('12');

  const [records] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export records CSV' }).click(),
  ]);
  expect(records.suggestedFilename()).toMatch(/^e2e-export-\d+-records\.csv$/);
  const lines = (await readFile((await records.path()) as string, 'utf8'))
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe(
    '"Sent at (UTC)","Status","Sender","Sender provider","Seed inbox","Seed provider","Region","Inbox type","Placement","SPF","DKIM","DMARC"',
  );
  expect(lines).toHaveLength(1 + 12);

  const [matrix] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export senders CSV' }).click(),
  ]);
  const rows = (await readFile((await matrix.path()) as string, 'utf8'))
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(rows[0]).toBe(
    '"Sender","Health","In this test","Sent","Received","Inbox","Category tab","Spam","Landed %","Google landed %"',
  );
  expect(rows).toHaveLength(1 + ACTIVE_SENDERS.length);
});
