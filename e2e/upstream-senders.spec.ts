import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './upstream-fixtures';
import { WORKSPACES, WORKSPACES_SERVER_URL } from './upstream-env';

/**
 * The Senders page across two workspaces (Acme and Globex, each a demo workspace at the fake
 * Instantly) when one workspace's key stops working: its sync fails with its own error, its rows
 * stay as last read and say they are not up to date, and Acme's rows are untouched (ADR 020).
 */
type SyncState = { workspace: string; state: string; error: string | null };

async function syncAndWait(request: APIRequestContext): Promise<SyncState[]> {
  expect((await request.post('/api/results/sync')).status()).toBe(202);
  let states: SyncState[] = [];
  await expect
    .poll(
      async () => {
        states = ((await (await request.get('/api/results/sync')).json()) as { workspaces: SyncState[] }).workspaces;
        return states.some((w) => w.state === 'syncing');
      },
      { timeout: 60_000 },
    )
    .toBe(false);
  return states;
}

test.use({ baseURL: WORKSPACES_SERVER_URL });

test('a workspace whose key is refused shows its error on its own rows, and the other workspace’s senders stay', async ({
  page,
  request,
  fake,
  checkA11y,
}) => {
  const globex = WORKSPACES.find((w) => w.name === 'Globex')!;
  // Both workspaces read once with working keys: each has the demo's senders.
  expect((await syncAndWait(request)).map((w) => [w.workspace, w.state])).toEqual([
    ['Acme', 'idle'],
    ['Globex', 'idle'],
  ]);

  // Globex's key is revoked in Instantly: every call with it answers 401.
  await fake.next({ status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Invalid API key' }, key: globex.key, times: 20 });
  expect((await syncAndWait(request)).map((w) => [w.workspace, w.state])).toEqual([
    ['Acme', 'idle'],
    ['Globex', 'error'],
  ]);

  await page.goto('/senders');
  // The page's filter, not the header's workspace switcher of the same name.
  const main = page.getByRole('main');
  const alert = page.getByRole('alert').filter({ hasText: 'Globex could not be brought up to date' });
  await expect(alert).toContainText("Instantly rejected the API key (401): Invalid API key. Check this workspace's key.");
  await expect(main.getByRole('combobox', { name: 'Workspace' })).toHaveValue('');
  // Acme is up to date; Globex's figures are as of its last sync that went through.
  await expect(main.getByText(/^Acme: Up to date as of .+\. Globex: Last read /)).toBeVisible();

  const table = page.getByRole('table', { name: 'Senders' });
  const rowsOf = (workspace: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: new RegExp(`^${workspace}`) }) });
  const alexAt = (workspace: string) => rowsOf(workspace).filter({ has: page.getByRole('rowheader', { name: 'alex@northwind-mail.co' }) });
  await expect(alexAt('Acme')).toHaveCount(1);
  await expect(alexAt('Globex')).toHaveCount(1);
  // Globex's rows are what the store had before, each marked; Acme's carry no mark.
  await expect(alexAt('Globex').getByText('Not up to date')).toBeVisible();
  await expect(rowsOf('Globex').filter({ hasNotText: 'Not up to date' })).toHaveCount(0);
  await expect(rowsOf('Acme').filter({ hasText: 'Not up to date' })).toHaveCount(0);
  const acmeRows = await rowsOf('Acme').count();
  expect(acmeRows).toBeGreaterThan(0);
  await page.mouse.move(0, 0);
  await checkA11y();

  // Only Acme: its senders, none of Globex's, the same count as in "All workspaces".
  await main.getByRole('combobox', { name: 'Workspace' }).selectOption('Acme');
  await expect(page).toHaveURL(/workspace=Acme/);
  await expect(rowsOf('Globex')).toHaveCount(0);
  await expect(rowsOf('Acme')).toHaveCount(acmeRows);

  // The key works again: bringing the store up to date clears Globex's error and its marks.
  await fake.reset();
  await main.getByRole('combobox', { name: 'Workspace' }).selectOption('');
  // Once the server has taken the request, the sync is under way and the status says so.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/results/sync')),
    page.getByRole('button', { name: 'Bring up to date' }).click(),
  ]);
  await expect
    .poll(async () => ((await (await request.get('/api/results/sync')).json()) as { workspaces: SyncState[] }).workspaces.map((w) => w.state), { timeout: 60_000 })
    .toEqual(['idle', 'idle']);
  await expect(alert).toHaveCount(0);
  await expect(alexAt('Globex')).toHaveCount(1);
  await expect(table.getByText('Not up to date')).toHaveCount(0);
});
