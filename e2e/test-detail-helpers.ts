import type { Locator, Page } from '@playwright/test';

/** Senders that are active accounts in the demo workspace, so a run sends from both. */
export const ACTIVE_SENDERS = ['jane.cooper@acme-outbound.com', 'mark.ellis@acme-outbound.com'];
export const HOUR = 3_600_000;

/**
 * An automated test's schedule whose next run is at least two days away whatever the day and hour
 * a journey runs (the emulator's clock starts at the real time): its one day is three days after
 * today (UTC). A journey that then moves the clock a few hours never crosses a scheduled run. One
 * it crossed would be a second run that day, and a day's rules are evaluated once all of its runs
 * are final, so a rule expected to fire would not yet (seen on a Friday between 11:00 and 15:00 UTC).
 */
export function scheduleAwayFromToday(now = Date.now()) {
  const day = String((new Date(now).getUTCDay() + 3) % 7) as '0' | '1' | '2' | '3' | '4' | '5' | '6';
  return { days: { [day]: true }, timing: { from: '09:00' }, timezone: 'America/Chicago' as const };
}

export const section = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

/** The number under a completeness label ("Sent", "Received", …). */
export const figure = (page: Page, label: string): Locator =>
  section(page, 'Completeness').getByText(label, { exact: true }).locator('xpath=following-sibling::*[1]');

export const pageHeader = (page: Page): Locator =>
  page.getByRole('heading', { level: 2 }).locator('xpath=..');
