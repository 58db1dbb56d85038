import { queryOptions } from '@tanstack/react-query';
import { ApiError, ApiSchemaError, NetworkError } from '../errors';
import { placementTestKeys } from './queries';
import type { CreatePlacementTestBody } from '../../../core/contract/placement-test-requests';
import { listPlacementTests } from './requests';
import type { PlacementTest } from '../../../core/contract/placement-tests';

/**
 * Whether a failed write may still have been carried out by the API: no answer at all, a 5xx or a
 * 408 (the API may have committed before failing), or an answer we could not read. A 4xx other
 * than 408 means it was refused, and nothing was done.
 */
export function mayHaveBeenApplied(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof ApiSchemaError) return true;
  return error instanceof ApiError && (error.status >= 500 || error.status === 408);
}

/** Browser and API clocks can disagree; a test created this long before the click still counts. */
export const CLOCK_SKEW_MS = 2 * 60_000;

/**
 * The fields that make two creates the same test. Senders count when the create named them (a
 * create by tags leaves the choice of accounts to the API).
 */
function sameTest(test: PlacementTest, body: CreatePlacementTestBody): boolean {
  const emails = (list: readonly string[]) => [...list].map((e) => e.toLowerCase()).sort().join(',');
  return (
    test.name === body.name &&
    test.type === body.type &&
    test.email_subject === body.email_subject &&
    (body.emails.length === 0 || emails(test.emails) === emails(body.emails))
  );
}

/**
 * After a create whose outcome is unknown, the test it made, if it made one: the newest test with
 * the same name, type, subject and senders created since the first click (ADR 008). Asking before
 * sending the create again is what keeps one click from ever making two tests.
 */
export async function findCreatedTest(
  body: CreatePlacementTestBody,
  since: Date,
  signal?: AbortSignal,
): Promise<PlacementTest | null> {
  const page = await listPlacementTests({ search: body.name, limit: 100, sort_order: 'desc' }, signal);
  const earliest = since.getTime() - CLOCK_SKEW_MS;
  return (
    page.items.find((t) => sameTest(t, body) && Date.parse(t.timestamp_created) >= earliest) ?? null
  );
}

/**
 * The lookup as a query: it retries like every read (5xx, 429 after Retry-After, no connection)
 * and is never cached, since each ask must see the API as it is now.
 */
export const findCreatedTestQuery = (body: CreatePlacementTestBody, since: Date) =>
  queryOptions({
    queryKey: [...placementTestKeys.all, 'find-created', since.toISOString(), body] as const,
    queryFn: ({ signal }) => findCreatedTest(body, since, signal),
    staleTime: 0,
    gcTime: 0,
  });
