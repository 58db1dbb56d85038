import { expect, holdScripts, test } from './fixtures';

test('the dashboard loads on the emulator with its shell and no accessibility violations', async ({ page, checkA11y }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/tests$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tests' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New test' }).first()).toBeVisible();
  await expect(page.getByRole('status', { name: 'Emulator: connected' })).toBeVisible();
  await checkA11y();
});

test('the colour scheme toggle switches between light and dark and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/tests');
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light mode' })).toBeVisible();
});

test('an unknown address shows a not-found page with a way back', async ({ page, checkA11y }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to all tests' }).click();
  await expect(page).toHaveURL(/\/tests$/);
  await checkA11y();
});

// The list is drawn on the server (e2e/first-paint.spec.ts); other screens start from this shell.
test('before the script arrives the dashboard frame is already drawn, then the app takes over', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/tests/new', { waitUntil: 'commit' });
  await expect(page.getByText('Loading the dashboard…')).toBeVisible();
  await expect(page.getByText('Inbox placement', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New test' })).toHaveAttribute('href', '/tests/new');

  release();
  await expect(page.getByRole('heading', { name: 'New test', level: 2 })).toBeVisible();
  await expect(page.getByText('Loading the dashboard…')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Inbox placement', level: 1 })).toHaveCount(1);
});

test('without JavaScript the page says what it needs instead of loading forever', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tests/new');
  // (Playwright's text locators skip <noscript>, so read what the page renders.)
  expect(await page.locator('.boot-main').innerText()).toBe('This dashboard needs JavaScript. Turn it on and reload the page.');
  await expect(page.getByText('Loading the dashboard…')).toBeHidden();
  await context.close();
});

test('on a phone the menu button opens the navigation, which closes once a page is chosen', async ({ page, checkA11y }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/tests');
  const menu = page.getByRole('button', { name: 'Toggle navigation' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('table', { name: 'Inbox placement tests' })).toBeVisible();
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Tests' })).toHaveAttribute('aria-current', 'page');
  await checkA11y();
  await nav.getByRole('link', { name: 'New test' }).click();
  await expect(page).toHaveURL(/\/tests\/new$/);
  await expect(nav).toBeHidden();
  await expect(page.getByRole('heading', { name: 'New test', level: 2 })).toBeVisible();

  // From the tablet breakpoint up the navigation is always there and the button is gone.
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(nav).toBeVisible();
  await expect(menu).toBeHidden();
});

test('the header shows its whole title beside the backend badge, from a 360 px phone to a laptop', async ({
  page,
}) => {
  const title = page.getByRole('heading', { name: 'Inbox placement', exact: true });
  const badge = page.getByRole('status', { name: 'Emulator: connected' });
  await page.goto('/tests');
  for (const width of [360, 375, 390, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(badge).toBeInViewport({ ratio: 1 });
    expect(await title.evaluate((h) => h.scrollWidth <= h.clientWidth), `title whole at ${width} px`).toBe(true);
  }
});
