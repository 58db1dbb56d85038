import { expect, type Locator, type Page } from '@playwright/test';
import { fillContent, next, stepHeading } from './create-test-helpers';
import type { EmulatorControl } from './fixtures';

/**
 * Issue 6: the API misbehaves the whole journey long. The emulator draws 429 first, then 500
 * (server/emulator/http/faults.ts), so 0.3 and 0.3 / 0.7 give 30% 429s (Retry-After 1 s) and 30%
 * 500s, each after 1–2 s. Seeded faults give every endpoint its own stream, restarted for each
 * phase, so the journey meets the same faults on every run. With seed 2193 every action fails
 * on the first click and works on the second (create, pause and resume each see both a 500 and
 * a 429 that persisted past the automatic retries), and the sender accounts and seed inbox
 * options fail their first load. Any seed must pass; this one makes every failure path run.
 * `E2E_FAULT_SEED=<n>` tries another.
 */
const FAULT_SEED = Number(process.env.E2E_FAULT_SEED ?? 2193);
/** With the default seed every action fails on its first click: the journey asserts it did. */
export const EVERY_ACTION_FAILS_ONCE = process.env.E2E_FAULT_SEED === undefined;
export const PHASE = { create: 1, pause: 2, resume: 3, rename: 4, delete: 5 } as const;
export const faultsFor = (phase: number) => ({
  rateLimitRate: 0.3,
  retryAfterSeconds: 1,
  errorRate: 0.3 / 0.7,
  latencyMs: [1000, 2000],
  seed: FAULT_SEED * 100 + phase,
});

/** At most this many clicks per action. */
const MAX_ATTEMPTS = 8;
/** Long enough for a read's automatic retries (4 tries, 1–2 s each, with back-off) to finish. */
const SETTLE = { timeout: 30_000 };

/** What the failure messages say (src/api/errors.ts): the status and the API's own message. */
export const PLAIN_ERROR =
  /Instantly had a problem \(500: Injected fault\)\. Try again\.|Instantly is rate limiting this workspace\. Wait a moment and try again\./;

/**
 * Run one user action until it succeeds, as a user would: `attempt` clicks and reports whether
 * the screen said it worked or showed an error (and has checked that error). Returns the
 * number of clicks it took.
 */
export async function untilItWorks(label: string, attempt: (n: number) => Promise<'done' | 'failed'>) {
  for (let n = 1; n <= MAX_ATTEMPTS; n++) {
    if ((await attempt(n)) === 'done') return n;
  }
  throw new Error(`${label} still failed after ${MAX_ATTEMPTS} attempts`);
}

/** Wait for whichever of `done` and `failed` shows first: one of them must, nothing spins on. */
export async function outcome(done: Locator, failed: Locator): Promise<'done' | 'failed'> {
  await expect(done.or(failed).first()).toBeVisible(SETTLE);
  return (await failed.first().isVisible()) ? 'failed' : 'done';
}

/** A toast: an alert with a close button. */
export function toast(page: Page, text: string | RegExp): Locator {
  return page
    .getByRole('alert')
    .filter({ hasText: text })
    .filter({ has: page.getByRole('button', { name: 'Close notification' }) });
}

/** Close a toast, as a user who has read it would, so the next attempt's toast is a new one. */
export async function dismiss(toastLocator: Locator) {
  await toastLocator.first().getByRole('button', { name: 'Close notification' }).click();
  await expect(toastLocator).toHaveCount(0);
}

/**
 * A first load: wait for `ready`; if it failed even after the automatic retries, the alert must
 * say why (`onFailure` may check more), and the user presses its Retry.
 */
export async function loadOrRetry(ready: Locator, failedAlert: Locator, onFailure?: () => Promise<void>) {
  const retry = failedAlert.getByRole('button', { name: 'Retry', exact: true });
  return untilItWorks('loading', async (n) => {
    const result = await outcome(ready, retry);
    if (result === 'failed') {
      await expect(failedAlert).toContainText(PLAIN_ERROR);
      if (n === 1) await onFailure?.();
      await retry.click();
      await expect(retry).toBeHidden();
    }
    return result;
  });
}

/**
 * Checks on the server must not meet faults: clear them, check, then start the next phase's
 * faults. Requests the browser already sent keep the faults they drew.
 */
export async function withoutFaults(
  emulator: EmulatorControl,
  nextPhase: number,
  check: () => Promise<void>,
) {
  await emulator.clearFaults();
  await check();
  await emulator.faults(faultsFor(nextPhase));
}

/**
 * From the list to the wizard's Review with an automated test (one sender, one seed label,
 * Tuesdays 07:45 Helsinki), pressing Retry wherever a list fails to load. Returns the clicks
 * on Retry each load took (1 = loaded at once).
 */
export async function automatedTestToReview(page: Page, name: string, checkA11y: () => Promise<void>) {
  const loads: Record<string, number> = {};
  await page.getByRole('main').getByRole('link', { name: 'New test' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('radio', { name: 'Automated' }).check();
  await next(page);

  await expect(stepHeading(page, 2, 7, 'Sending')).toBeVisible();
  const senders = page.getByRole('combobox', { name: 'Sender accounts' });
  loads.accounts = await loadOrRetry(
    // Loaded (or failed): the field no longer says "Loading accounts…".
    senders.and(page.getByPlaceholder('Search by email')),
    page.getByRole('alert').filter({ hasText: 'Accounts could not be loaded' }),
    checkA11y,
  );
  await senders.click();
  await page.getByRole('option', { name: /^jane\.cooper@acme-outbound\.com/ }).click();
  await page.keyboard.press('Escape');
  await next(page);

  await expect(stepHeading(page, 3, 7, 'Content')).toBeVisible();
  await fillContent(page);
  await next(page);

  await expect(stepHeading(page, 4, 7, 'Recipients')).toBeVisible();
  const google = page
    .getByRole('group', { name: 'United States' })
    .getByRole('checkbox', { name: 'Google Professional' });
  loads['seed inbox options'] = await loadOrRetry(
    google,
    page.getByRole('alert').filter({ hasText: 'Seed inbox options could not be loaded' }),
    checkA11y,
  );
  await google.check();
  await next(page);

  await expect(stepHeading(page, 5, 7, 'Schedule')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Tuesday' }).press('Space');
  await page.getByRole('spinbutton', { name: 'Start time, hours' }).fill('07');
  await page.getByRole('spinbutton', { name: 'Start time, minutes' }).fill('45');
  await page.getByRole('combobox', { name: 'Timezone' }).click();
  await page.getByRole('combobox', { name: 'Timezone' }).fill('Helsinki');
  await page.getByRole('option', { name: /Europe\/Helsinki/ }).click();
  await next(page);
  await expect(stepHeading(page, 6, 7, 'Automations')).toBeVisible();
  await next(page);
  await expect(stepHeading(page, 7, 7, 'Review')).toBeVisible();
  return loads;
}
