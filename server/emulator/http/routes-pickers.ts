import { Hono } from 'hono';
import { listAccountsQuerySchema } from '../../../core/contract/accounts';
import { listCampaignsQuerySchema } from '../../../core/contract/campaigns';
import { listCustomTagsQuerySchema } from '../../../core/contract/custom-tags';
import { acceptedScopes } from './auth';
import { guarded, type EmulatorContext } from '../emulator-context';
import { validate } from './format-issues';
import { rawJsonResponse } from '../http-errors';
import { DEFAULT_LIMIT } from './routes-placement-tests';

/** Read-only pickers for the create form: accounts, custom tags, campaigns. */
export function pickerRoutes(ctx: EmulatorContext): Hono {
  const routes = new Hono();
  const { pickers } = ctx.store;

  routes.get(
    '/accounts',
    guarded(ctx, acceptedScopes('accounts', 'read'), (c) => {
      const q = validate(listAccountsQuerySchema, c.req.query(), 'querystring');
      return rawJsonResponse(
        pickers.listAccounts({
          limit: q.limit ?? DEFAULT_LIMIT,
          startingAfter: q.starting_after,
          search: q.search,
          status: q.status,
          tagIds: q.tag_ids,
          includeTags: q.include_tags,
        }),
      );
    }),
  );

  routes.get(
    '/custom-tags',
    guarded(ctx, acceptedScopes('custom_tags', 'read'), (c) => {
      const q = validate(listCustomTagsQuerySchema, c.req.query(), 'querystring');
      return rawJsonResponse(
        pickers.listTags({
          limit: q.limit ?? DEFAULT_LIMIT,
          startingAfter: q.starting_after,
          search: q.search,
          tagIds: q.tag_ids,
          resourceIds: q.resource_ids,
        }),
      );
    }),
  );

  routes.get(
    '/campaigns',
    guarded(ctx, acceptedScopes('campaigns', 'read'), (c) => {
      const q = validate(listCampaignsQuerySchema, c.req.query(), 'querystring');
      return rawJsonResponse(
        pickers.listCampaigns({
          limit: q.limit ?? DEFAULT_LIMIT,
          startingAfter: q.starting_after,
          search: q.search,
          status: q.status,
          tagIds: q.tag_ids,
        }),
      );
    }),
  );

  return routes;
}
