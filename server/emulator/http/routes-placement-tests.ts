import { Hono } from 'hono';
import {
  getPlacementTestQuerySchema,
  createPlacementTestBodySchema,
  listPlacementTestsQuerySchema,
  officialPatchPlacementTestBodySchema,
  patchPlacementTestBodySchema,
} from '../../../core/contract/placement-test-requests';
import type { PlacementTest, PlacementTestDetail } from '../../../core/contract/placement-tests';
import { applyPatch } from './apply-patch';
import { acceptedScopes } from './auth';
import { guarded, type EmulatorContext } from '../emulator-context';
import { ESP_OPTIONS, isKnownLabel } from '../esp-options';
import { validate } from './format-issues';
import { badRequest, jsonResponse, notFound, rawJsonResponse } from '../http-errors';
import { pageJson } from '../store/keyset';
import { buildPlacementTest } from '../store/placement-test-factory';
import { readJsonBody } from './read-body';

/** Inbox placement tests: docs/api/reference.md §3.6. */
export const DEFAULT_LIMIT = 10; // [I] undocumented (docs/api/reference.md §7 q9); 10 is the spec's example value.

const SCOPE = 'inbox_placement_tests';

function withMetadata(ctx: EmulatorContext, test: PlacementTest): PlacementTestDetail {
  const campaign = test.campaign_id ? ctx.store.pickers.campaign(test.campaign_id) : undefined;
  const tags = ctx.store.pickers.tags(test.tags ?? []);
  return {
    ...test,
    metadata: {
      ...(test.campaign_id
        ? { campaign: { id: test.campaign_id, ...(campaign ? { name: String(campaign.name) } : {}) } }
        : {}),
      tags: Object.fromEntries(tags.map((t) => [String(t.id), { id: String(t.id), label: String(t.label) }])),
    },
  };
}

/**
 * Every tag must exist, the empty string included (it is not "no tag"), and none may repeat:
 * together that bounds the list by the workspace's tags, so 100,000 copies cannot be stored.
 */
function checkTags(ctx: EmulatorContext, tags: string[] | null | undefined): void {
  if (!tags?.length) return;
  const first = new Map<string, number>();
  tags.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier !== undefined) throw badRequest(`body/tags must NOT have duplicate items (items ## ${i} and ${earlier} are identical)`);
    first.set(id, i);
  });
  const known = new Set(ctx.store.pickers.tags(tags).map((t) => t.id));
  const unknown = tags.find((id) => !known.has(id));
  if (unknown !== undefined) throw notFound(`Custom tag not found: ${unknown}`);
}

export function placementTestRoutes(ctx: EmulatorContext, patchRules: 'seed' | 'official' = 'seed'): Hono {
  const routes = new Hono();
  const { store, clock } = ctx;

  routes.get(
    '/email-service-provider-options',
    guarded(ctx, acceptedScopes(SCOPE, 'read'), () => jsonResponse(ESP_OPTIONS)),
  );

  routes.post(
    '/',
    guarded(ctx, acceptedScopes(SCOPE, 'create'), async (c) => {
      const input = validate(createPlacementTestBodySchema, await readJsonBody(c.req.raw), 'body');
      input.recipients_labels?.forEach((label, i) => {
        if (!isKnownLabel(label))
          throw badRequest(
            `body/recipients_labels/${i} must be one of the email-service-provider-options (got ${JSON.stringify(label)})`,
          );
      });
      if (input.campaign_id && !store.pickers.campaign(input.campaign_id))
        throw notFound('Campaign not found');
      checkTags(ctx, input.tags);

      const test = buildPlacementTest(input, {
        id: ctx.newId(),
        organizationId: store.organizationId,
        now: clock.now(),
      });
      // One transaction: a busy store fails the create before anything is written, so it can be
      // sent again (emulator-backend.ts) without making two tests.
      store.transaction(() => {
        store.placementTests.insert(test);
        ctx.scheduler.afterCreate(test, input.run_immediately === true, clock.now());
      });
      return jsonResponse(test);
    }),
  );

  routes.get(
    '/',
    guarded(ctx, acceptedScopes(SCOPE, 'read'), (c) => {
      const q = validate(listPlacementTestsQuerySchema, c.req.query(), 'querystring');
      const page = store.placementTests.list(
        {
          limit: q.limit ?? DEFAULT_LIMIT,
          startingAfter: q.starting_after,
          search: q.search,
          status: q.status,
          sortColumn: q.sort_column ?? 'id',
          desc: (q.sort_order ?? 'desc') === 'desc',
        },
        clock.now(),
      );
      return rawJsonResponse(pageJson(page.docs, page.next));
    }),
  );

  routes.get(
    '/:id',
    guarded(ctx, acceptedScopes(SCOPE, 'read'), (c) => {
      const q = validate(getPlacementTestQuerySchema, c.req.query(), 'querystring');
      const test = store.placementTests.get(c.req.param('id') ?? '', clock.now());
      if (!test) throw notFound();
      return jsonResponse(q.with_metadata ? withMetadata(ctx, test) : test);
    }),
  );

  routes.patch(
    '/:id',
    guarded(ctx, acceptedScopes(SCOPE, 'update'), async (c) => {
      const schema = patchRules === 'official' ? officialPatchPlacementTestBodySchema : patchPlacementTestBodySchema;
      const patch = validate(schema, await readJsonBody(c.req.raw), 'body');
      const now = clock.now();
      const updated = store.transaction(() => {
        const test = store.placementTests.get(c.req.param('id') ?? '', now);
        if (!test) throw notFound();
        const next = applyPatch(test, patch, now);
        store.placementTests.replace(next);
        ctx.scheduler.afterPatch(next, now);
        return next;
      });
      return jsonResponse(updated);
    }),
  );

  routes.delete(
    '/:id',
    guarded(ctx, acceptedScopes(SCOPE, 'delete'), async (c) => {
      // The spec's body is `type: null`: any body is ignored, but a JSON content type with an
      // empty body is still rejected by the parser, as on the real API (docs/api/reference.md §3.6 DELETE).
      await readJsonBody(c.req.raw);
      const deleted = store.placementTests.delete(c.req.param('id') ?? '', clock.now());
      if (!deleted) throw notFound();
      return jsonResponse(deleted);
    }),
  );

  return routes;
}
