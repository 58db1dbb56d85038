import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulatorApi } from '../../testing/components/emulator-fetch';
import { accountQueries } from './accounts/queries';
import { analyticsQueries } from './analytics/queries';
import { campaignQueries } from './campaigns/queries';
import { customTagQueries } from './custom-tags/queries';
import { placementTestKeys, placementTestQueries } from './placement-tests/queries';
import { reportQueries } from './reports/queries';

let api: ReturnType<typeof startEmulatorApi>;
let client: QueryClient;
beforeEach(() => {
  api = startEmulatorApi();
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});
afterEach(() => {
  client.clear();
  api.close();
});

/** A seeded test with results, found the way the UI would: through stats-by-test-id. */
async function testWithResults() {
  const list = await client.fetchInfiniteQuery(placementTestQueries.list({ limit: 100 }));
  const ids = list.pages[0]!.items.map((t) => t.id);
  const stats = await client.fetchQuery(analyticsQueries.statsByTestId({ test_ids: ids }));
  const withResults = stats.find((s) => s.count > 0);
  expect(withResults, 'the demo data has results for some tests').toBeDefined();
  return withResults!;
}

describe('query options against the emulator', () => {
  it('walks the tests list page by page with next_starting_after and no repeats', async () => {
    const options = placementTestQueries.list({ limit: 10 });
    await client.fetchInfiniteQuery(options);
    for (let i = 0; i < 10 && client.getQueryData(options.queryKey)!.pages.at(-1)!.next_starting_after; i++) {
      await client.fetchInfiniteQuery({ ...options, pages: i + 2 });
    }
    const pages = client.getQueryData(options.queryKey)!.pages;
    const ids = pages.flatMap((p) => p.items.map((t) => t.id));
    expect(pages.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.at(-1)!.next_starting_after ?? undefined).toBeUndefined();
  });

  it('keys lists by their filters under one prefix, so one invalidation reaches them all', () => {
    const a = placementTestQueries.list({ status: 1 }).queryKey;
    const b = placementTestQueries.list({ status: 2, search: 'x' }).queryKey;
    expect(a.slice(0, 2)).toEqual(placementTestKeys.lists());
    expect(b.slice(0, 2)).toEqual(placementTestKeys.lists());
    expect(a).not.toEqual(b);
  });

  it('loads a test with its metadata', async () => {
    const list = await client.fetchInfiniteQuery(placementTestQueries.list({ limit: 50 }));
    const withTags = list.pages[0]!.items.find((t) => t.tags?.length);
    expect(withTags).toBeDefined();
    const detail = await client.fetchQuery(placementTestQueries.detail(withTags!.id));
    expect(Object.keys(detail.metadata?.tags ?? {})).toEqual(expect.arrayContaining(withTags!.tags!));
  });

  it('fetches the ESP options once per session', async () => {
    const first = await client.fetchQuery(placementTestQueries.espOptions());
    await client.fetchQuery(placementTestQueries.espOptions());
    expect(first).toContainEqual(expect.objectContaining({ esp: 'Google', type: 'Professional', sub_region: 'US' }));
    expect(api.requests.filter((r) => r.url.includes('email-service-provider-options'))).toHaveLength(1);
  });

  it('loads every account, tag and campaign for the pickers', async () => {
    const accounts = await client.fetchQuery(accountQueries.picker());
    const tags = await client.fetchQuery(customTagQueries.picker());
    const campaigns = await client.fetchQuery(campaignQueries.picker());
    expect(accounts.items.length).toBeGreaterThanOrEqual(10);
    expect(accounts.truncated).toBe(false);
    expect(new Set(accounts.items.map((a) => a.email.split('@')[1])).size).toBeGreaterThanOrEqual(3);
    expect(tags.items.length).toBeGreaterThan(0);
    expect(campaigns.items.length).toBeGreaterThan(0);
  });

  it('returns stats whose counts add up, and records and reports for the same test', async () => {
    const stats = await testWithResults();
    expect(stats.inbox_count + stats.spam_count + stats.category_count).toBe(stats.count);
    const records = await client.fetchInfiniteQuery(analyticsQueries.records({ test_id: stats.test_id, limit: 100 }));
    expect(records.pages[0]!.items.every((r) => r.test_id === stats.test_id)).toBe(true);
    const reports = await client.fetchInfiniteQuery(reportQueries.list({ test_id: stats.test_id }));
    expect(reports.pages[0]!.items.every((r) => r.test_id === stats.test_id)).toBe(true);
    const byDate = await client.fetchQuery(analyticsQueries.statsByDate({ test_id: stats.test_id }));
    expect(byDate.reduce((sum, d) => sum + d.inbox_count + d.spam_count + d.category_count, 0)).toBe(stats.count);
    const insights = await client.fetchQuery(analyticsQueries.insights({ test_id: stats.test_id, show_previous: true }));
    expect(Array.isArray(insights)).toBe(true);
  });
});
