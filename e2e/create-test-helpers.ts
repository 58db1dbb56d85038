import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { test as base } from './fixtures';

/**
 * The create-test journeys make tests through the wizard, so the `createTest` fixture cannot
 * clean them up: `created.track(id)` deletes them after the test instead.
 */
export const test = base.extend<{ created: { track: (id: string) => void } }>({
  created: async ({ request }, use) => {
    const ids: string[] = [];
    await use({ track: (id) => ids.push(id) });
    for (const id of ids) await request.delete(`/api/v2/inbox-placement-tests/${id}`);
  },
});
export { expect };

export const uniqueName = (label: string) => `${label} ${Math.random().toString(36).slice(2, 8)}`;

export function stepHeading(page: Page, step: number, total: number, label: string) {
  return page.getByRole('heading', { level: 3, name: `Step ${step} of ${total}: ${label}` });
}

export async function next(page: Page) {
  await page.getByRole('button', { name: 'Next' }).click();
}

/** Pick options in a Mantine Select / MultiSelect by its label, then close the list. */
export async function pick(page: Page, combobox: string, options: (string | RegExp)[]) {
  await page.getByRole('combobox', { name: combobox }).click();
  for (const option of options) await page.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
}

/** The id of the test whose page the browser is on (`/tests/<id>`). */
export async function testIdFromUrl(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/tests\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** Fill the steps every test shares (Basics without type, Content, Recipients), one per call. */
export async function fillContent(page: Page, subject = 'Quarterly check-in') {
  await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await page.getByRole('textbox', { name: 'Body' }).fill('<p>Hi there,</p><p>Just checking in.</p>');
}

/** From an empty wizard to Review: a one-time test from Instantly, one sender, one label. */
export async function fillOneTimeTest(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await next(page);
  await pick(page, 'Sender accounts', [/^jane\.cooper@acme-outbound\.com/]);
  await next(page);
  await fillContent(page);
  await next(page);
  await page
    .getByRole('group', { name: 'United States' })
    .getByRole('checkbox', { name: 'Google Professional' })
    .check();
  await next(page);
  await expect(stepHeading(page, 5, 5, 'Review')).toBeVisible();
}

/** Tests whose name matches exactly, through the API's search. */
export async function testsNamed(
  request: APIRequestContext,
  name: string,
): Promise<{ id: string; name: string }[]> {
  const res = await request.get(`/api/v2/inbox-placement-tests?limit=100&search=${encodeURIComponent(name)}`);
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as { items: { id: string; name: string }[] };
  return items.filter((t) => t.name === name);
}
