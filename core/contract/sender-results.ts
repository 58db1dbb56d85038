import * as z from 'zod/mini';

/**
 * The dashboard server's own results routes (`/api/results/*`, ADR 020): senders and domains
 * across every test and workspace, answered from the local results store. Not Instantly's API.
 */
export const RESULTS_WINDOWS = ['last', '7d', '30d', '90d', 'custom'] as const;
export type ResultsWindow = (typeof RESULTS_WINDOWS)[number];
export const RESULTS_WINDOW_LABELS: Record<ResultsWindow, string> = {
  last: 'Last run of each test',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  custom: 'Custom dates',
};
/** The store keeps 180 days (ADR 020): a custom window and its previous one fit in it. */
export const MAX_CUSTOM_DAYS = 90;

const day = (name: string) =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${name} must be a date like 2026-11-30` }),
    // Round trip: Date.parse alone rolls 2026-02-31 over into March.
    z.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
      error: `${name} is not a real date`,
    }),
  );

export const resultsQuerySchema = z
  .object({
    window: z._default(z.enum(RESULTS_WINDOWS, { error: `window must be one of ${RESULTS_WINDOWS.join(', ')}` }), '30d'),
    from: z.optional(day('from')),
    to: z.optional(day('to')),
    /** A workspace name; absent for all of them. */
    workspace: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  })
  .check(
    z.refine((q) => q.window !== 'custom' || (q.from !== undefined && q.to !== undefined), {
      error: 'A custom window needs both from and to',
    }),
    z.refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'from must not be after to' }),
    z.refine(
      (q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) < MAX_CUSTOM_DAYS * 86_400_000,
      { error: `A custom window spans at most ${MAX_CUSTOM_DAYS} days` },
    ),
  );
export type ResultsQuery = z.output<typeof resultsQuerySchema>;

const counts = {
  sent: z.number(),
  received: z.number(),
  inbox: z.number(),
  category: z.number(),
  spam: z.number(),
};
export const placementCountsSchema = z.looseObject(counts);
export type PlacementTotals = z.infer<typeof placementCountsSchema>;
export const providerCountsSchema = z.looseObject({ esp: z.number(), ...counts });
export type ProviderCounts = z.infer<typeof providerCountsSchema>;

const rowShape = {
  workspace: z.string(),
  ...counts,
  tests: z.number(),
  byProvider: z.array(providerCountsSchema),
  /** The same figures over the previous window; null when it had no received email. */
  previous: z.nullable(z.looseObject({ ...counts, byProvider: z.array(providerCountsSchema) })),
  /** Runs of a test listing this sender in which it sent nothing. */
  silentRuns: z.number(),
  lastDate: z.nullable(z.string()),
};

export const senderRowSchema = z.looseObject({
  ...rowShape,
  email: z.string(),
  domain: z.string(),
  /** The account's status in Instantly (ACCOUNT_STATUS_LABELS); null when it is not an account there. */
  accountStatus: z.nullable(z.number()),
});
export type SenderRow = z.infer<typeof senderRowSchema>;

const authRate = z.looseObject({ pass: z.number(), total: z.number() });
export const domainRowSchema = z.looseObject({
  ...rowShape,
  domain: z.string(),
  senders: z.number(),
  auth: z.looseObject({ spf: authRate, dkim: authRate, dmarc: authRate }),
  /** The newest blacklist check of the domain in the window: listed lists, major apart. */
  blacklists: z.nullable(z.looseObject({ checked: z.string(), major: z.array(z.string()), minor: z.array(z.string()) })),
});
export type DomainRow = z.infer<typeof domainRowSchema>;

export const syncStatusSchema = z.looseObject({
  workspace: z.string(),
  state: z.enum(['idle', 'syncing', 'error']),
  syncedAt: z.nullable(z.string()),
  error: z.nullable(z.string()),
  progress: z.nullable(z.looseObject({ tests: z.number(), recordsDone: z.number(), recordsExpected: z.number() })),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;
export const syncStatusesSchema = z.looseObject({ workspaces: z.array(syncStatusSchema) });

const windowSchema = z.looseObject({
  window: z.enum(RESULTS_WINDOWS),
  from: z.string(),
  to: z.string(),
  previousFrom: z.nullable(z.string()),
  previousTo: z.nullable(z.string()),
});

export const sendersAnswerSchema = z.looseObject({ window: windowSchema, sync: z.array(syncStatusSchema), rows: z.array(senderRowSchema) });
export type SendersAnswer = z.infer<typeof sendersAnswerSchema>;
export const domainsAnswerSchema = z.looseObject({ window: windowSchema, sync: z.array(syncStatusSchema), rows: z.array(domainRowSchema) });
export type DomainsAnswer = z.infer<typeof domainsAnswerSchema>;

/** One sender's page: its placement per provider per day, its tests, its records. */
export const senderDetailSchema = z.looseObject({
  email: z.string(),
  window: windowSchema,
  rows: z.array(senderRowSchema),
  series: z.array(z.looseObject({ date: z.string(), byProvider: z.array(providerCountsSchema) })),
  tests: z.array(
    z.looseObject({ workspace: z.string(), id: z.string(), name: z.string(), status: z.nullable(z.number()), ...counts, byProvider: z.array(providerCountsSchema), lastDate: z.nullable(z.string()) }),
  ),
  records: z.array(
    z.looseObject({
      workspace: z.string(),
      id: z.string(),
      testId: z.string(),
      testName: z.string(),
      created: z.string(),
      recipientEsp: z.nullable(z.number()),
      placement: z.nullable(z.enum(['inbox', 'category', 'spam'])),
      spf: z.nullable(z.boolean()),
      dkim: z.nullable(z.boolean()),
      dmarc: z.nullable(z.boolean()),
    }),
  ),
});
export type SenderDetail = z.infer<typeof senderDetailSchema>;
