import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { rowOf, testsTable, uniquePrefix } from './tests-list-helpers';

// The whole table fits from 1366 px, the most common laptop width, with the type under the name
// and the next run under the schedule; narrower laptops scroll the middle columns under the
// pinned ones, as the 1280 px journey below checks (ADR 012).
test('on a 1366 px laptop the whole table fits: no sideways scroll, no status badge cut short', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/tests');
  const table = testsTable(page);
  await expect(table.getByText('Daily limits hit').first()).toBeVisible();
  expect(await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBe(0);
  const cut = await table.evaluate((t) =>
    [...t.querySelectorAll<HTMLElement>('.mantine-Badge-label')]
      .filter((label) => label.scrollWidth > label.clientWidth)
      .map((label) => label.textContent),
  );
  expect(cut).toEqual([]);
  // Nor does the page: the last column and the actions are on screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expect(table.getByRole('columnheader', { name: 'Created' })).toBeInViewport({ ratio: 1 });
  await expect(table.getByRole('button', { name: /^Delete / }).first()).toBeInViewport({ ratio: 1 });
});

test('on a 1280 px laptop the middle columns scroll sideways under a pinned checkbox, name and actions', async ({
  page,
  createTest,
  checkA11y,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const name = `${uniquePrefix('Pinned')} weekly Gmail check`;
  await createTest({ name });
  await page.goto('/tests');
  const table = testsTable(page);
  const row = rowOf(page, name);
  const scroller = table.locator('xpath=..');
  const overflow = await scroller.evaluate((s) => s.scrollWidth - s.clientWidth);
  expect(overflow).toBeGreaterThan(0);

  const controls = {
    checkbox: row.getByRole('checkbox', { name: `Select ${name}` }),
    name: row.getByRole('link', { name, exact: true }),
    pause: row.getByRole('button', { name: `Pause ${name}` }),
    delete: row.getByRole('button', { name: `Delete ${name}` }),
  };
  // What is on top at a control's centre: the control itself, not a column scrolled over it.
  const onTop = (control: Locator) =>
    control.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return el === hit || el.contains(hit) || (hit !== null && hit.contains(el));
    });
  for (const scrollLeft of [0, overflow / 2, overflow]) {
    await scroller.evaluate((s, x) => (s.scrollLeft = x), scrollLeft);
    for (const [label, control] of Object.entries(controls)) {
      expect(await onTop(control), `${label} at scrollLeft ${scrollLeft}`).toBe(true);
    }
  }
  // Scrolled to the end, the last column (Created) shows whole beside the pinned actions.
  const created = row.getByRole('cell').nth(-2);
  const [createdBox, actionsBox] = [await created.boundingBox(), await row.getByRole('cell').last().boundingBox()];
  expect(createdBox!.x + createdBox!.width).toBeLessThanOrEqual(actionsBox!.x + 1);
  await row.getByRole('button', { name: `Pause ${name}` }).click();
  await expect(row.getByText('Paused', { exact: true })).toBeVisible();
  await checkA11y();
});

test('on a phone each test is a card: whole name, labelled details, actions in reach, nothing sideways', async ({
  page,
  createTest,
  checkA11y,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const prefix = uniquePrefix('Phone');
  const name = `${prefix} quarterly Gmail and Outlook placement check for the Acme outbound team`;
  await createTest({ name });
  await createTest({ name: `${prefix} second` });
  await page.goto(`/tests?q=${encodeURIComponent(prefix)}`);
  const card = rowOf(page, name);
  await expect(card).toBeVisible();

  // The page does not scroll sideways, and neither does the list.
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  const table = testsTable(page);
  expect(await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBe(0);

  // The whole name shows (a two-line clamp made two long names look alike), and it still links.
  const link = card.getByRole('link', { name, exact: true });
  expect(await link.evaluate((a) => a.scrollHeight <= a.clientHeight && a.scrollWidth <= a.clientWidth)).toBe(
    true,
  );
  await expect(link).toHaveAttribute('href', /^\/tests\/[0-9a-f-]{36}$/);

  // The type under the name; the other details carry their column's name, and the cells keep
  // their table roles for screen readers.
  await expect(card.getByRole('cell', { name: `${name} One-time · From Instantly` })).toBeVisible();
  const recipients = card.getByRole('cell', { name: /^\d+ inboxes/ });
  await expect(recipients).toBeVisible();
  expect(await recipients.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Recipients');
  await expect(table.getByRole('columnheader', { name: /^Schedule/ })).toHaveCount(1);

  // Pause and Delete sit inside the screen, next to the name.
  for (const label of [`Pause ${name}`, `Delete ${name}`]) {
    const box = await card.getByRole('button', { name: label }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  await card.getByRole('button', { name: `Pause ${name}` }).click();
  await expect(card.getByText('Paused', { exact: true })).toBeVisible();

  // Select all is still there, with a visible label.
  await page.getByRole('checkbox', { name: 'Select all loaded tests' }).check();
  await expect(page.getByRole('group', { name: 'Selection' })).toContainText('2 tests selected');
  await checkA11y();
});
