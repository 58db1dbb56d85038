import { expect, test } from './fixtures';
import { section } from './test-detail-helpers';

const openNorthwind = async (page: import('@playwright/test').Page) => {
  await page.goto('/tests?q=Agency%20client%3A%20Northwind');
  await page.getByRole('link', { name: 'Agency client: Northwind — weekly', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Agency client: Northwind — weekly' })).toBeVisible();
};
const findings = (page: import('@playwright/test').Page) =>
  section(page, 'What to fix first').getByRole('list', { name: 'Findings, costliest first' }).getByRole('listitem');

test('What to fix first: Northwind leads with its blacklistings, and each finding leads to its proof', async ({
  page,
  checkA11y,
}) => {
  // axe over the whole results page (eight sections, a hundred records) takes a while on 2 cores.
  test.setTimeout(120_000);
  await openNorthwind(page);
  await expect(findings(page).first()).toContainText(
    'northwind-mail.co and its IP 198.51.100.23 are on 5 major blacklists: Spamhaus ZEN, Spamhaus DBL, Barracuda, SpamCop and SURBL.',
  );
  await expect(findings(page).nth(1)).toContainText("DMARC passes for 0% of northwind-mail.co's received emails");
  await expect(findings(page).nth(2)).toContainText('SpamAssassin scores the email from northwind-mail.co 11.1');
  await expect(findings(page).nth(3)).toContainText(/alex@northwind-mail\.co lands \d+% at Microsoft/);
  await checkA11y();

  // The first finding's link: to the blacklist checks, which it scrolls into view.
  await findings(page).first().getByRole('link', { name: 'Blacklist checks for northwind-mail.co' }).click();
  await expect(page).toHaveURL(/#blacklists$/);
  const blacklists = section(page, 'Blacklists');
  await expect(blacklists).toBeFocused();
  await expect(blacklists).toBeInViewport();
  await expect(blacklists.getByRole('table', { name: 'Blacklist checks for northwind-mail.co' })).toBeInViewport();

});

test("a spam-bound sender's finding filters the records to its emails, in a shareable, reload-safe address", async ({
  page,
}) => {
  await openNorthwind(page);
  const spamBound = findings(page).nth(3);
  const [, spam, received] = (await spamBound.textContent())!.match(/: (\d+) of (\d+) received emails went to spam/)!;
  await spamBound.getByRole('link', { name: "alex@northwind-mail.co's emails to Microsoft" }).click();
  await expect(page).toHaveURL(/[?&]esp=2&sender=alex%40northwind-mail\.co#records$/);
  const records = section(page, 'Records');
  await expect(records).toBeInViewport();
  const rows = records.getByRole('table', { name: 'Records' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('alex@northwind-mail.co');
  await expect(records.getByRole('table', { name: 'Records' }).getByRole('cell', { name: 'Spam', exact: true })).toHaveCount(Number(spam));
  expect(await rows.count()).toBeGreaterThanOrEqual(Number(received) + 1);

  // Shareable and reload-safe: the filter holds and the page goes back to the records.
  await page.reload();
  const reloaded = section(page, 'Records').getByRole('table', { name: 'Records' });
  await expect(reloaded.getByRole('cell', { name: 'Spam', exact: true })).toHaveCount(Number(spam));
  await expect(reloaded.getByRole('row').filter({ hasText: 'Google' })).toHaveCount(0);
  await expect(section(page, 'Records')).toBeInViewport();
});

test('a sender × provider cell is a named link, reachable by keyboard, to exactly its records', async ({ page }) => {
  await openNorthwind(page);
  const matrix = section(page, 'Senders by provider').getByRole('table', { name: 'Senders by recipient provider' });
  const cell = matrix.getByRole('link', { name: /^alex@northwind-mail\.co at Google: \d+% landed, \d+ of \d+ received\. Show \d+ records$/ });
  await cell.focus();
  await expect(cell).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]esp=1&sender=alex%40northwind-mail\.co#records$/);
  const records = section(page, 'Records');
  await expect(records).toBeFocused();
  const table = records.getByRole('table', { name: 'Records' });
  await expect(table.getByRole('row').nth(1)).toContainText('Google');
  await expect(table.getByRole('row').filter({ hasText: 'Microsoft' })).toHaveCount(0);
  // Back undoes the filter.
  await page.goBack();
  await expect(page).not.toHaveURL(/sender=/);
});
