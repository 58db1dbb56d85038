import { Hono } from 'hono';
import {
  deliverabilityInsightsBodySchema,
  listAnalyticsQuerySchema,
  statsByDateBodySchema,
  statsByTestIdBodySchema,
} from '../../../core/contract/analytics';
import type { AnalyticsFilter } from '../store/analytics-repo';
import { acceptedScopes } from './auth';
import { dateOnly } from '../store/date-range';
import { guarded, type EmulatorContext } from '../emulator-context';
import { validate } from './format-issues';
import { jsonResponse, notFound, rawJsonResponse } from '../http-errors';
import { DEFAULT_LIMIT } from './routes-placement-tests';
import { readJsonBody } from './read-body';

/** Inbox placement analytics: docs/api/reference.md §4.2. All five operations share one scope set. */
const codes = (csv: string | undefined) => (csv ? csv.split(',').map(Number) : undefined);

export function analyticsRoutes(ctx: EmulatorContext): Hono {
  const routes = new Hono();
  const { store, clock } = ctx;
  const read = acceptedScopes('inbox_placement_analytics', 'read');
  /** [I] An unknown test is a 404, like every other id in the API, rather than an empty list. */
  const requireTest = (id: string) => {
    if (!store.placementTests.get(id, clock.now())) throw notFound();
  };

  routes.get(
    '/',
    guarded(ctx, read, (c) => {
      const q = validate(listAnalyticsQuerySchema, c.req.query(), 'querystring');
      requireTest(q.test_id);
      const filter: AnalyticsFilter = {
        testIds: [q.test_id],
        dateFrom: q.date_from,
        dateTo: q.date_to,
        geo: codes(q.recipient_geo),
        type: codes(q.recipient_type),
        esp: codes(q.recipient_esp),
        senderEmail: q.sender_email,
      };
      return rawJsonResponse(store.analytics.listJson(filter, q.limit ?? DEFAULT_LIMIT, q.starting_after));
    }),
  );

  routes.get(
    '/:id',
    guarded(ctx, read, (c) => {
      const doc = store.analytics.getJson(c.req.param('id') ?? '');
      if (!doc) throw notFound();
      return rawJsonResponse(doc);
    }),
  );

  /** One row per requested test that has received emails; percents on a 0–100 scale. */
  routes.post(
    '/stats-by-test-id',
    guarded(ctx, read, async (c) => {
      const b = validate(statsByTestIdBodySchema, await readJsonBody(c.req.raw), 'body');
      const rows = store.analytics.statsByTest({
        testIds: [...new Set(b.test_ids)],
        dateFrom: b.date_from,
        dateTo: b.date_to,
        geo: b.recipient_geo,
        type: b.recipient_type,
        esp: b.recipient_esp,
        senderEmail: b.sender_email,
      });
      return jsonResponse(
        rows.map((r) => ({
          test_id: r.test_id,
          count: r.count,
          spam_count: r.spam_count,
          spam_percent: r.spam_percent,
          inbox_count: r.inbox_count,
          inbox_percent: r.inbox_percent,
          category_count: r.category_count,
          category_percent: r.category_percent,
        })),
      );
    }),
  );

  /**
   * One row per sender ESP × recipient ESP. With `show_previous`, `prev_*` comes from the
   * previous window: the one given, else the equally long window just before `date_from`.
   */
  routes.post(
    '/deliverability-insights',
    guarded(ctx, read, async (c) => {
      const b = validate(deliverabilityInsightsBodySchema, await readJsonBody(c.req.raw), 'body');
      requireTest(b.test_id);
      const base = {
        testIds: [b.test_id],
        geo: b.recipient_geo,
        type: b.recipient_type,
        esp: b.recipient_esp,
      };
      const current = store.analytics.statsByEspPair({ ...base, dateFrom: b.date_from, dateTo: b.date_to });
      let prevFrom = b.previous_date_from;
      let prevTo = b.previous_date_to;
      if (b.show_previous && !prevFrom && !prevTo && b.date_from && b.date_to) {
        const from = Date.parse(b.date_from);
        const span = Date.parse(b.date_to) - from;
        prevFrom = new Date(from - span - 86_400_000).toISOString().slice(0, 10);
        prevTo = new Date(from - 86_400_000).toISOString().slice(0, 10);
      }
      const previous =
        b.show_previous && (prevFrom || prevTo)
          ? store.analytics.statsByEspPair({ ...base, dateFrom: prevFrom, dateTo: prevTo })
          : [];
      const key = (r: { sender_esp: number; recipient_esp: number }) => `${r.sender_esp}/${r.recipient_esp}`;
      const prevByKey = new Map(previous.map((r) => [key(r), r]));
      return jsonResponse(
        current.map((r) => {
          const p = b.show_previous ? prevByKey.get(key(r)) : undefined;
          return {
            test_id: b.test_id,
            from: dateOnly(b.date_from),
            to: dateOnly(b.date_to),
            previous_from: b.show_previous ? dateOnly(prevFrom) : null,
            previous_to: b.show_previous ? dateOnly(prevTo) : null,
            sender_esp: r.sender_esp,
            recipient_esp: r.recipient_esp,
            spam_percentage: r.spam_percent,
            inbox_percentage: r.inbox_percent,
            category_percentage: r.category_percent,
            prev_spam_percentage: p?.spam_percent ?? null,
            prev_inbox_percentage: p?.inbox_percent ?? null,
            prev_category_percentage: p?.category_percent ?? null,
          };
        }),
      );
    }),
  );

  routes.post(
    '/stats-by-date',
    guarded(ctx, read, async (c) => {
      const b = validate(statsByDateBodySchema, await readJsonBody(c.req.raw), 'body');
      requireTest(b.test_id);
      return jsonResponse(
        store.analytics.statsByDate({
          testIds: [b.test_id],
          dateFrom: b.date_from,
          dateTo: b.date_to,
          geo: b.recipient_geo,
          type: b.recipient_type,
          esp: b.recipient_esp,
          senderEmail: b.sender_email,
        }),
      );
    }),
  );

  return routes;
}
