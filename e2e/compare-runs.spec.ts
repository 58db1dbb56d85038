import { expect, test } from './fixtures';
import { AFTER, BEFORE, shot } from './compare-helpers';
import { rowOf } from './tests-list-helpers';

test('compare “before” with “after” from the list: the headline sentence, the cause and the changed rules', async ({
  page,
  checkA11y,
}) => {
  await page.goto(`/tests?q=${encodeURIComponent('Tracking domain swap')}`);
  for (const name of [BEFORE, AFTER]) {
    await rowOf(page, name).getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  const bar = page.getByRole('group', { name: 'Selection' });
  await bar.getByRole('link', { name: 'Compare' }).click();

  await expect(page).toHaveURL(/\/compare\?a=[^&]+&b=[^&]+$/);
  await expect(page.getByRole('region', { name: 'Side A' })).toContainText(BEFORE);
  await expect(page.getByRole('region', { name: 'Side B' })).toContainText(AFTER);
  const headline = page.getByTestId('compare-headline');
  await expect(headline).toHaveText(/^Inbox placement (rose|fell|held)/);
  const sentence = await headline.textContent();
  await expect(page.getByText('Same senders and seeds; only the body changed: content.')).toBeVisible();

  // The body swapped a link shortener for the sender's own domain: its SpamAssassin rule went.
  const rules = page.getByRole('region', { name: 'SpamAssassin rules that changed' });
  await expect(rules.getByRole('row').filter({ hasText: 'Gone on B' })).toContainText('HAS_SHORT_URL');
  const setup = page.getByRole('region', { name: 'Setup differences' });
  await expect(setup.getByRole('deletion')).toContainText('bit.ly');
  await expect(setup.getByRole('insertion')).toContainText('go.acme-outbound.com');
  await checkA11y();
  await shot(page, 'compare-light-wide');

  // The address is the state: a reload shows the same comparison.
  await page.reload();
  await expect(page.getByTestId('compare-headline')).toHaveText(sentence ?? '');

  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await shot(page, 'compare-dark-wide');
  await page.setViewportSize({ width: 390, height: 844 });
  // On a phone every section fits the width: wide tables scroll inside their own box, and say so.
  await expect(page.getByRole('region', { name: 'Side B' })).toContainText(AFTER);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const setupCard = page.getByRole('region', { name: 'Setup', exact: true });
  await expect(setupCard.getByText('Scroll sideways for more →')).toBeVisible();
  await shot(page, 'compare-dark-narrow');
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await shot(page, 'compare-light-narrow');
  await checkA11y();
});

test('a compare link with a broken run says so and shows nothing else', async ({ page }) => {
  await page.goto('/compare?a=abc&b=def&a_run=yesterday');
  await expect(page.getByRole('alert', { name: 'This comparison link cannot be read' })).toContainText(
    'Side A’s run “yesterday” is not a date (YYYY-MM-DD).',
  );
  await expect(page.getByTestId('compare-headline')).toHaveCount(0);
});
