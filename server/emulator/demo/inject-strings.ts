import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { EmulatorContext } from '../emulator-context';
import { demoAccount, demoCampaign, demoTag } from './seed-documents';
import { notFound } from '../http-errors';
import { systemRandom } from '../random';

/**
 * `/__emulator/inject` (tests only): writes given strings (e.g. the e2e script-injection corpus)
 * into every text field the dashboard shows that a test cannot set through the API: tag labels,
 * account names, campaign names, and a test's seed addresses, analytics rows and reports. Only
 * fields without a contract format get them, so every response still validates.
 * Pickers added here are listed in `meta`, so `removeInjected` takes exactly them away again.
 */
const META_KEY = 'injected_pickers';
type Doc = Record<string, unknown>;
type Injected = { tags: string[]; campaigns: string[]; accounts: string[] };

const cycle = (strings: string[], i: number) => strings[i % strings.length] ?? '';

function readInjected(ctx: EmulatorContext): Injected {
  const stored = ctx.store.meta(META_KEY);
  return stored ? (JSON.parse(stored) as Injected) : { tags: [], campaigns: [], accounts: [] };
}

/** One tag, one campaign and one active sending account per string. */
export function injectPickers(ctx: EmulatorContext, strings: string[]) {
  const { store, clock } = ctx;
  const now = clock.now();
  const injected = readInjected(ctx);
  const added = {
    tags: [] as { id: string; label: string }[],
    campaigns: [] as { id: string; name: string }[],
    accounts: [] as string[],
  };
  store.transaction(() => {
    strings.forEach((text, i) => {
      const tag = demoTag({ label: text, description: text }, now, store.organizationId, systemRandom);
      store.pickers.insertTag(tag);
      const campaign = demoCampaign({ name: text, status: 1 }, now, store.organizationId, systemRandom);
      store.pickers.insertCampaign(campaign);
      const email = `injected-${i}-${ctx.newId().slice(-8)}@xss-corpus.test`;
      const account = demoAccount(
        { email, first: text, last: text, status: 1, provider: 2 },
        now,
        store.organizationId,
      );
      store.pickers.insertAccount({ ...account, signature: text });
      added.tags.push({ id: tag.id, label: text });
      added.campaigns.push({ id: campaign.id, name: text });
      added.accounts.push(email);
    });
    store.setMeta(
      META_KEY,
      JSON.stringify({
        tags: [...injected.tags, ...added.tags.map((t) => t.id)],
        campaigns: [...injected.campaigns, ...added.campaigns.map((c) => c.id)],
        accounts: [...injected.accounts, ...added.accounts],
      }),
    );
  });
  return added;
}

export function removeInjected(ctx: EmulatorContext) {
  const { tags, campaigns, accounts } = readInjected(ctx);
  const db = ctx.store.db;
  const remove = (sql: string, keys: string[]) =>
    db.prepare(`${sql} IN (SELECT value FROM json_each(?))`).run(JSON.stringify(keys)).changes;
  return ctx.store.transaction(() => {
    remove('DELETE FROM resource_tags WHERE tag_id', tags);
    const removed = {
      tags: remove('DELETE FROM custom_tags WHERE id', tags),
      campaigns: remove('DELETE FROM campaigns WHERE id', campaigns),
      accounts: remove('DELETE FROM accounts WHERE email', accounts),
    };
    db.prepare('DELETE FROM meta WHERE key = ?').run(META_KEY);
    return removed;
  });
}

type Db = EmulatorContext['store']['db'];
const parse = <T>(text: string | null) => (text ? (JSON.parse(text) as T) : null);

function rewriteRecords(db: Db, testId: string, strings: string[]): number {
  const rows = db
    .prepare('SELECT id, doc, received_doc FROM analytics WHERE test_id = ? ORDER BY id')
    .all(testId) as { id: string; doc: string; received_doc: string | null }[];
  const update = db.prepare('UPDATE analytics SET sender_email = ?, doc = ?, received_doc = ? WHERE id = ?');
  rows.forEach((row, i) => {
    const fields = { sender_email: cycle(strings, i), recipient_email: cycle(strings, i + 1) };
    const patch = (text: string) => JSON.stringify({ ...(JSON.parse(text) as Doc), ...fields });
    update.run(fields.sender_email, patch(row.doc), row.received_doc && patch(row.received_doc), row.id);
  });
  return rows.length;
}

function rewriteReports(db: Db, testId: string, strings: string[]): number {
  const rows = db
    .prepare(
      'SELECT id, doc, spam_assassin_report, blacklist_report FROM reports WHERE test_id = ? ORDER BY id',
    )
    .all(testId) as {
    id: string;
    doc: string;
    spam_assassin_report: string | null;
    blacklist_report: string | null;
  }[];
  const update = db.prepare(
    'UPDATE reports SET doc = ?, spam_assassin_report = ?, blacklist_report = ? WHERE id = ?',
  );
  rows.forEach((row, r) => {
    const domain = cycle(strings, r);
    const spam = parse<{ report?: Doc[] }>(row.spam_assassin_report);
    spam?.report?.forEach((rule, i) =>
      Object.assign(rule, { name: cycle(strings, i), description: cycle(strings, i + 1) }),
    );
    const blacklist = parse<{ details?: Doc[] }>(row.blacklist_report);
    blacklist?.details?.forEach((detail, i) => Object.assign(detail, { blacklist: cycle(strings, i) }));
    if (blacklist) Object.assign(blacklist, { address: domain });
    update.run(
      JSON.stringify({ ...(JSON.parse(row.doc) as Doc), domain }),
      spam && JSON.stringify(spam),
      blacklist && JSON.stringify(blacklist),
      row.id,
    );
  });
  return rows.length;
}

/**
 * The strings in turn as the tests' seed addresses, analytics senders and recipients, report
 * domains, blacklist names and SpamAssassin rules.
 */
export function injectIntoTests(ctx: EmulatorContext, strings: string[], testIds: string[]) {
  const { store, clock } = ctx;
  const counts = { tests: testIds.length, records: 0, reports: 0 };
  store.transaction(() => {
    for (const id of testIds) {
      const test = store.placementTests.get(id, clock.now());
      if (!test) throw notFound(`Test ${id} not found`);
      store.placementTests.replace({ ...test, recipients: strings } satisfies PlacementTest);
      counts.records += rewriteRecords(store.db, id, strings);
      counts.reports += rewriteReports(store.db, id, strings);
    }
  });
  return counts;
}
