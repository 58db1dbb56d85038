import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { section } from './test-detail-helpers';
import { appTookOver } from './tests-list-helpers';

/** Issue 15's rough edges that only a real browser shows: focus, layout, colour. */

/** WCAG contrast ratio of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r = 0, g = 0, bl = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the start time keeps minutes typed after clicking into the minutes box', async ({ page }) => {
  await page.goto('/tests/new');
  await page.evaluate(() => {
    const days = { '0': false, '1': false, '2': true, '3': false, '4': false, '5': false, '6': false };
    const values = {
      name: 'Minutes',
      type: 2,
      sending_method: 1,
      email_subject: 'Hi',
      email_body: '<p>Hi</p>',
      emails: ['jane.cooper@acme-outbound.com'],
      tags: [],
      recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
      schedule: { days, timing: { from: '09:00' }, timezone: 'America/Chicago' },
      automations: [],
    };
    localStorage.setItem(
      'placement-test-draft:v1',
      JSON.stringify({ savedAt: new Date().toISOString(), step: 4, values }),
    );
  });
  await page.reload();
  await page.getByLabel('Start time, hours').click();
  await page.keyboard.type('14');
  await expect(page.getByLabel('Start time, minutes')).toBeFocused();
  await page.getByLabel('Start time, minutes').click();
  await page.keyboard.type('30');
  await expect(page.getByLabel('Start time, minutes')).toHaveValue('30');
  await expect(
    page
      .getByRole('table', { name: /Next 5 runs/ })
      .getByRole('row')
      .nth(1),
  ).toContainText('14:30');
  await page.evaluate(() => localStorage.clear());
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('result tables pin their first column and say there is more to the side', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('/tests?q=Northwind%20domain%20recovery');
    await page.getByRole('link', { name: /Northwind domain recovery/ }).click();
    // Every run, not the newest: this demo test runs on weekdays at 13:00 UTC, and for the three
    // hours after, its newest run is still collecting and its tables are empty (a red CI at 13:05).
    await expect(page).toHaveURL(/\/tests\/[^/?]+$/);
    await page.goto(`${new URL(page.url()).pathname}?window=all`);
    for (const [name, table] of [
      ['Senders by provider', 'Senders by provider table'],
      ['Authentication', 'Authentication table'],
      ['Records', 'Records table'],
    ] as const) {
      const card = section(page, name);
      const region = card.getByRole('region', { name: table });
      await region.scrollIntoViewIfNeeded();
      await expect(card.getByText('Scroll sideways for more →')).toBeVisible();
      const firstHeader = region.getByRole('columnheader').first();
      await firstHeader.scrollIntoViewIfNeeded();
      const left = (await region.boundingBox())!.x;
      await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      await expect(card.getByText('← Scroll back for the first columns')).toBeVisible();
      // The key column is still where it was, in view, with the last column now beside it.
      expect(Math.abs((await firstHeader.boundingBox())!.x - left)).toBeLessThan(2);
      await expect(firstHeader).toBeInViewport();
    }
    await checkA11y();
  });
});

test('with rows selected far down, the bulk bar and the table header stay on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 860 });
  await page.goto('/tests?size=100');
  const boxes = page.getByRole('checkbox', { name: /^Select (?!all)/ });
  await expect(boxes.nth(25)).toBeVisible();
  await boxes.nth(25).check();
  await page.mouse.wheel(0, 1500);
  const bar = page.getByRole('group', { name: 'Selection' });
  await expect(bar.getByRole('button', { name: 'Delete' })).toBeInViewport();
  await expect(page.getByRole('columnheader', { name: /^Schedule/ })).toBeInViewport();
  // The header settles under the bar (it is placed on the next frame), not behind it.
  const head = page.getByRole('columnheader', { name: /^Schedule/ });
  await expect
    .poll(async () => {
      const [barBox, headBox] = [await bar.boundingBox(), await head.boundingBox()];
      return barBox && headBox ? headBox.y - (barBox.y + barBox.height - 1) : -1;
    })
    .toBeGreaterThanOrEqual(0);
  await boxes.nth(25).uncheck();
});

test('a row selected after scrolling down: the bar sticks and the header moves under it with no further scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 860 });
  await page.goto('/tests?size=100');
  await appTookOver(page);
  await page.mouse.wheel(0, 1500);
  const head = page.getByRole('columnheader', { name: /^Schedule/ });
  await expect(head).toBeInViewport();
  await expect.poll(async () => (await head.boundingBox())?.y ?? 0).toBeLessThan(100);
  // A box well inside the screen, so checking it scrolls nothing.
  const boxes = await page.getByRole('checkbox', { name: /^Select (?!all)/ }).all();
  let target = boxes[0]!;
  for (const box of boxes) {
    const y = (await box.boundingBox())?.y ?? -1;
    if (y > 300 && y < 700) {
      target = box;
      break;
    }
  }
  const scrolled = await page.evaluate(() => window.scrollY);
  await target.check();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  const bar = page.getByRole('group', { name: 'Selection' });
  await expect(bar.getByRole('button', { name: 'Delete' })).toBeInViewport();
  await expect
    .poll(async () => {
      const [barBox, headBox] = [await bar.boundingBox(), await head.boundingBox()];
      return barBox && headBox ? headBox.y - (barBox.y + barBox.height - 1) : -1;
    })
    .toBeGreaterThanOrEqual(0);
  await target.uncheck();
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the Completed dot and the focus ring of a text input stand out from the page (3:1)', async ({
    page,
  }) => {
    await page.goto('/tests?status=completed');
    // The server draws a first visit light (it cannot know the preference yet): measure the page
    // the app has turned dark, not the drawing it takes over.
    await appTookOver(page);
    const dot = page
      .getByRole('table', { name: 'Inbox placement tests' })
      .getByText('Completed', { exact: true })
      .first();
    await expect(dot).toBeVisible();
    const dotColour = await dot.evaluate(
      (el) => getComputedStyle(el.closest('.mantine-Badge-root') ?? el, '::before').backgroundColor,
    );
    expect(contrast(dotColour, await pageBackground(page))).toBeGreaterThanOrEqual(3);

    const search = page.getByLabel('Search tests');
    await search.focus();
    const ring = await search.evaluate((el) => {
      const style = getComputedStyle(el);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, colour: style.outlineColor };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.colour, await pageBackground(page))).toBeGreaterThanOrEqual(3);
  });
});
