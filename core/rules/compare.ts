import { causeHint, diffSetup, type SetupDiff, type SetupFacts } from './setup-diff';
import {
  AUTH_CHECK_NAMES,
  DIMENSIONS,
  dimensionLabel,
  shareOf,
  type AuthCheck,
  type Dimension,
  type Listing,
  type PassCounts,
  type Share,
  type SpamRule,
  type WindowSummary,
} from './window-summary';

/**
 * Two windows side by side (issue 19): A is the reference ("before"), B the one compared with it
 * ("after"). Every figure keeps both sides; deltas are B − A in percentage points.
 */
export interface CompareSide {
  setup: SetupFacts;
  summary: WindowSummary;
}

export interface SideBySide<T> {
  a: T | null;
  b: T | null;
}

export interface GroupRow extends SideBySide<Share> {
  key: string;
  label: string;
}

export interface AuthRow {
  domain: string;
  rates: Record<AuthCheck, SideBySide<number>>;
}

export interface RuleChange {
  name: string;
  description: string;
  a: number | null;
  b: number | null;
}

export interface Comparison {
  total: { a: Share; b: Share };
  placement: Record<Dimension, GroupRow[]>;
  senders: { both: GroupRow[]; onlyA: GroupRow[]; onlyB: GroupRow[] };
  auth: AuthRow[];
  listings: { added: Listing[]; removed: Listing[]; kept: Listing[] };
  spamAssassin: {
    score: SideBySide<number>;
    appeared: RuleChange[];
    disappeared: RuleChange[];
    changed: RuleChange[];
  };
  setup: SetupDiff;
  headline: string;
  cause: string;
}

/** B − A in points, rounded to one decimal; null when either side is missing. */
export function pointsDelta(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  return Math.round((b - a) * 10) / 10 + 0;
}

function rows<K extends string | number>(
  a: Map<K, Share>,
  b: Map<K, Share>,
  label: (key: K) => string,
): GroupRow[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys
    .map((key) => ({ key: String(key), label: label(key), a: a.get(key) ?? null, b: b.get(key) ?? null }))
    .sort((x, y) => x.label.localeCompare(y.label));
}

const rate = (counts: PassCounts | undefined, check: AuthCheck) => {
  const c = counts?.[check];
  return !c || c.checked === 0 ? null : (100 * c.passed) / c.checked;
};

const listingKey = (l: Listing) => `${l.domain}|${l.target}|${l.address}|${l.blacklist}`;

function compareListings(a: Listing[], b: Listing[]) {
  const inA = new Set(a.map(listingKey));
  const inB = new Set(b.map(listingKey));
  return {
    added: b.filter((l) => !inA.has(listingKey(l))),
    removed: a.filter((l) => !inB.has(listingKey(l))),
    kept: b.filter((l) => inA.has(listingKey(l))),
  };
}

function compareRules(a: Map<string, SpamRule>, b: Map<string, SpamRule>) {
  const change = (name: string): RuleChange => ({
    name,
    description: (b.get(name) ?? a.get(name))?.description ?? '',
    a: a.get(name)?.points ?? null,
    b: b.get(name)?.points ?? null,
  });
  const byPoints = (x: RuleChange, y: RuleChange) =>
    Math.abs(y.b ?? y.a ?? 0) - Math.abs(x.b ?? x.a ?? 0) || x.name.localeCompare(y.name);
  const names = [...new Set([...a.keys(), ...b.keys()])];
  return {
    appeared: names
      .filter((n) => !a.has(n))
      .map(change)
      .sort(byPoints),
    disappeared: names
      .filter((n) => !b.has(n))
      .map(change)
      .sort(byPoints),
    changed: names
      .filter((n) => a.has(n) && b.has(n) && a.get(n)?.points !== b.get(n)?.points)
      .map(change)
      .sort(byPoints),
  };
}

const pct = (n: number) => `${Math.round(n)}%`;

/** "rose 19.0 pts (62% → 81%)", "did not change (81%)". */
function movement(a: number, b: number): string {
  const delta = pointsDelta(a, b) ?? 0;
  if (delta === 0) return `held at ${pct(b)}`;
  return `${delta > 0 ? 'rose' : 'fell'} ${Math.abs(delta).toFixed(1)} pts (${pct(a)} → ${pct(b)})`;
}

/** The sentence at the top: what changed, by how much, in the words of the glossary. */
export function headline(comparison: Pick<Comparison, 'total' | 'spamAssassin' | 'listings'>): string {
  const { a, b } = comparison.total;
  const inboxA = shareOf(a, 'inbox');
  const inboxB = shareOf(b, 'inbox');
  if (inboxA === null || inboxB === null) {
    const who =
      inboxA === null && inboxB === null ? 'Neither side has' : `Side ${inboxA === null ? 'A' : 'B'} has no`;
    return `${who} received results yet, so placement cannot be compared.`;
  }
  const parts = [`Inbox placement ${movement(inboxA, inboxB)}`];
  const spamA = shareOf(a, 'spam') ?? 0;
  const spamB = shareOf(b, 'spam') ?? 0;
  parts.push(`spam ${movement(spamA, spamB)}`);
  const { score } = comparison.spamAssassin;
  const extras: string[] = [];
  if (score.a !== null && score.b !== null && score.a !== score.b) {
    extras.push(
      `SpamAssassin score ${score.b > score.a ? 'rose' : 'fell'} from ${score.a.toFixed(1)} to ${score.b.toFixed(1)}`,
    );
  }
  const { added, removed } = comparison.listings;
  if (added.length > 0) extras.push(`${added.length} new blacklist listing${added.length === 1 ? '' : 's'}`);
  if (removed.length > 0) extras.push(`${removed.length} listing${removed.length === 1 ? '' : 's'} cleared`);
  return `${parts.join(' and ')}${extras.length ? `; ${extras.join(', ')}` : ''}.`;
}

export function compareWindows(
  a: CompareSide,
  b: CompareSide,
  { sameTest }: { sameTest: boolean },
): Comparison {
  const placement = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      rows(a.summary.byDimension[d], b.summary.byDimension[d], (code) => dimensionLabel(d, code)),
    ]),
  ) as Record<Dimension, GroupRow[]>;
  const senderRows = rows(a.summary.bySender, b.summary.bySender, (s) => s);
  const domains = [...new Set([...a.summary.authByDomain.keys(), ...b.summary.authByDomain.keys()])].sort();
  const auth = domains.map((domain) => {
    const ca = a.summary.authByDomain.get(domain);
    const cb = b.summary.authByDomain.get(domain);
    const rates = Object.fromEntries(
      (Object.keys(AUTH_CHECK_NAMES) as AuthCheck[]).map((c) => [c, { a: rate(ca, c), b: rate(cb, c) }]),
    ) as AuthRow['rates'];
    return { domain, rates };
  });
  const setup = diffSetup(a.setup, b.setup);
  const partial = {
    total: { a: a.summary.total, b: b.summary.total },
    listings: compareListings(a.summary.listings, b.summary.listings),
    spamAssassin: {
      score: { a: a.summary.spamScore, b: b.summary.spamScore },
      ...compareRules(a.summary.spamRules, b.summary.spamRules),
    },
  };
  return {
    ...partial,
    placement,
    senders: {
      both: senderRows.filter((r) => r.a && r.b),
      onlyA: senderRows.filter((r) => r.a && !r.b),
      onlyB: senderRows.filter((r) => !r.a && r.b),
    },
    auth,
    setup,
    headline: headline(partial),
    cause: causeHint(setup, sameTest),
  };
}
