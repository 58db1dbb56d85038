import { expect, type Locator, type Page } from '@playwright/test';

/** A name prefix unique to one journey, so the demo workspace's tests never match its search. */
export function uniquePrefix(label: string): string {
  return `${label} ${Math.random().toString(36).slice(2, 8)}`;
}

export function testsTable(page: Page) {
  return page.getByRole('table', { name: 'Inbox placement tests' });
}

/** The table row whose name link is exactly `name`. */
export function rowOf(page: Page, name: string) {
  return testsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

/**
 * Wait until an element has finished fading in (its own and its ancestors' opacity is 1), so
 * axe measures the colours users end up seeing, not a frame of Mantine's enter transition.
 */
export async function expectSettled(locator: Locator) {
  await expect
    .poll(() =>
      locator.evaluate((element) => {
        let opacity = 1;
        for (let node: Element | null = element; node; node = node.parentElement) {
          opacity *= Number(getComputedStyle(node).opacity);
        }
        return opacity;
      }),
    )
    .toBe(1);
}

/**
 * The server-drawn list's form controls that wait for the app (ADR 028): its search box, selects
 * and checkboxes are `inert` until the app has taken each over, so nothing typed or ticked is lost.
 */
export function waitingControls(page: Page) {
  return page.locator('#root > .first-paint [inert]');
}

/**
 * The app has taken the server-drawn list over (ADR 011): until then the drawn page is
 * `aria-disabled` (its buttons do nothing yet) and its form controls wait. Pages the server did
 * not draw pass at once.
 */
export async function appTookOver(page: Page) {
  await expect(page.locator('#root > .first-paint[aria-disabled]')).toHaveCount(0, { timeout: 45_000 });
  await expect(waitingControls(page)).toHaveCount(0);
  await expect(page.locator('#root > .boot')).toHaveCount(0);
}
