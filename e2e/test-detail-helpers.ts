import type { Locator, Page } from '@playwright/test';

/** Senders that are active accounts in the demo workspace, so a run sends from both. */
export const ACTIVE_SENDERS = ['jane.cooper@acme-outbound.com', 'mark.ellis@acme-outbound.com'];
export const HOUR = 3_600_000;

export const section = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

/** The number under a completeness label ("Sent", "Received", …). */
export const figure = (page: Page, label: string): Locator =>
  section(page, 'Completeness').getByText(label, { exact: true }).locator('xpath=following-sibling::*[1]');

export const pageHeader = (page: Page): Locator =>
  page.getByRole('heading', { level: 2 }).locator('xpath=..');
