import { Hono } from 'hono';
import { listReportsQuerySchema } from '../../../core/contract/reports';
import { acceptedScopes } from './auth';
import { guarded, type EmulatorContext } from '../emulator-context';
import { validate } from './format-issues';
import { notFound, rawJsonResponse } from '../http-errors';
import { DEFAULT_LIMIT } from './routes-placement-tests';

/** Blacklist & SpamAssassin reports: docs/api/reference.md §5.2. */
export function reportRoutes(ctx: EmulatorContext): Hono {
  const routes = new Hono();
  const { store, clock } = ctx;
  const read = acceptedScopes('inbox_placement_reports', 'read');

  routes.get(
    '/',
    guarded(ctx, read, (c) => {
      const q = validate(listReportsQuerySchema, c.req.query(), 'querystring');
      if (!store.placementTests.get(q.test_id, clock.now())) throw notFound();
      const filter = {
        testId: q.test_id,
        dateFrom: q.date_from,
        dateTo: q.date_to,
        skipSpamAssassin: q.skip_spam_assassin_report,
        skipBlacklist: q.skip_blacklist_report,
      };
      return rawJsonResponse(store.reports.listJson(filter, q.limit ?? DEFAULT_LIMIT, q.starting_after));
    }),
  );

  routes.get(
    '/:id',
    guarded(ctx, read, (c) => {
      const doc = store.reports.getJson(c.req.param('id') ?? '');
      if (!doc) throw notFound();
      return rawJsonResponse(doc);
    }),
  );

  return routes;
}
