import { SPAM_ASSASSIN_THRESHOLD } from '../contract/reports';
import { AUTH_FAILING_BELOW, MIN_RECEIVED, SPAM_BOUND_BELOW, DROP_FROM, listName, isMajorList, majorRank } from './fix-first-terms';

/**
 * "What to fix first" (ADR 018): the findings of one result window, ranked by how much placement
 * they cost. The evidence comes in already counted (the test page and the client report count it
 * from the same records and reports); this module only decides what is a finding, what it says and
 * in which order. Wording lives here so every screen says the same thing.
 */
export interface ProviderCell {
  esp: number;
  provider: string;
  received: number;
  /** Received in the spam folder. */
  spam: number;
}

export interface SenderEvidence {
  sender: string;
  /** One of the test's own senders (records from others leak in: reference §4.1). */
  listed: boolean;
  /** Listed by the test and sent nothing in this window. */
  silent: boolean;
  cells: ProviderCell[];
}

export interface DomainAuthEvidence {
  domain: string;
  /** `check` as it reads: SPF, DKIM, DMARC. */
  checks: { check: string; passed: number; checked: number }[];
}

export interface BlacklistEvidence {
  domain: string;
  ip: string;
  /** A shared Google / Microsoft sending IP: its listings are not the sender's to fix. */
  sharedIp: boolean;
  /** The lists (DNS zones) that list the domain or the IP. */
  listed: { list: string; target: 'domain' | 'ip' }[];
}

export interface SpamAssassinEvidence {
  domain: string;
  score: number;
  rules: { name: string; points: number }[];
}

export interface ChangeEvidence {
  /** Inbox share of received, 0–100, in this window and in the one before. */
  inboxNow: number;
  inboxBefore: number;
  /** What it is compared with, e.g. "the run of Thu 5 Nov 2026", "the 7 days before". */
  against: string;
}

export interface FixFirstEvidence {
  senders: SenderEvidence[];
  authentication: DomainAuthEvidence[];
  blacklists: BlacklistEvidence[];
  spamAssassin: SpamAssassinEvidence[];
  change: ChangeEvidence | null;
}

export type FindingKind =
  | 'blacklist'
  | 'authentication'
  | 'spam-assassin'
  | 'spam-bound'
  | 'drop'
  | 'silent-senders'
  | 'minor-listing';

/** Where the proof is on the page; a records target also filters the records to it. */
export type FindingTarget =
  | { section: 'blacklists' | 'authentication' | 'spam-assassin'; domain: string }
  | { section: 'records'; sender: string; esp: number }
  | { section: 'senders' }
  | { section: 'change' };

export interface Finding {
  kind: FindingKind;
  /** high: costs placement now; medium: costs coverage or is a trend; low: worth a look. */
  severity: 'high' | 'medium' | 'low';
  /** The figure that proves it, short enough for a badge: "5 lists", "0%", "11.1", "▼ 14 pts". */
  figure: string;
  /** One sentence, with the figure in it. */
  sentence: string;
  /** The link's words: what it shows. */
  action: string;
  target: FindingTarget;
}

/** The kinds in the order they are fixed: the wider a cause reaches, the more placement it costs. */
export const KIND_ORDER: readonly FindingKind[] = [
  'blacklist',
  'authentication',
  'spam-assassin',
  'spam-bound',
  'drop',
  'silent-senders',
  'minor-listing',
];

const pct = (n: number) => `${Math.round(n)}%`;
const share = (part: number, whole: number) => (100 * part) / whole;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A finding with the number that orders it among its kind (higher costs more). */
type Scored = Finding & { weight: number; key: string };

function blacklistFindings(evidence: FixFirstEvidence): Scored[] {
  const found: Scored[] = [];
  for (const b of evidence.blacklists) {
    // Shared Google/Microsoft IPs are listed for other people's mail: never this sender's to fix.
    const own = b.listed.filter((l) => !(l.target === 'ip' && b.sharedIp));
    const major = own.filter((l) => isMajorList(l.list));
    const minor = own.filter((l) => !isMajorList(l.list));
    const what = (ls: typeof own) =>
      ls.some((l) => l.target === 'ip') && ls.some((l) => l.target === 'domain')
        ? `${b.domain} and its IP ${b.ip} are`
        : ls.some((l) => l.target === 'ip')
          ? `${b.domain}'s IP ${b.ip} is`
          : `${b.domain} is`;
    if (major.length > 0) {
      const names = major.map((l) => listName(l.list)).sort((a, b) => majorRank(a) - majorRank(b));
      found.push({
        kind: 'blacklist',
        severity: 'high',
        figure: plural(major.length, 'list'),
        sentence: `${what(major)} on ${plural(major.length, 'major blacklist')}: ${listWords(names)}. Providers that consult them send this domain's mail to spam or refuse it.`,
        action: `Blacklist checks for ${b.domain}`,
        target: { section: 'blacklists', domain: b.domain },
        weight: major.length,
        key: b.domain,
      });
    } else if (minor.length > 0) {
      found.push({
        kind: 'minor-listing',
        severity: 'low',
        figure: plural(minor.length, 'list'),
        sentence: `${what(minor)} on ${plural(minor.length, 'minor blacklist')} (${listWords(minor.map((l) => listName(l.list)))}): few providers use them, but they tend to precede major listings.`,
        action: `Blacklist checks for ${b.domain}`,
        target: { section: 'blacklists', domain: b.domain },
        weight: minor.length,
        key: b.domain,
      });
    }
  }
  return found;
}

function authenticationFindings(evidence: FixFirstEvidence): Scored[] {
  return evidence.authentication.flatMap((d) => {
    const failing = d.checks
      .filter((c) => c.checked > 0 && share(c.passed, c.checked) < AUTH_FAILING_BELOW)
      .sort((a, b) => share(a.passed, a.checked) - share(b.passed, b.checked) || a.check.localeCompare(b.check));
    const worst = failing[0];
    if (!worst) return [];
    const rate = share(worst.passed, worst.checked);
    const others = failing.slice(1).map((c) => `${c.check} ${pct(share(c.passed, c.checked))}`);
    return [
      {
        kind: 'authentication' as const,
        severity: 'high' as const,
        figure: pct(rate),
        sentence: `${worst.check} passes for ${pct(rate)} of ${d.domain}'s received emails (${worst.passed} of ${worst.checked})${others.length ? `, and ${listWords(others)}` : ''}: Google, Yahoo and Microsoft send unauthenticated bulk mail to spam or refuse it.`,
        action: `Authentication of ${d.domain}`,
        target: { section: 'authentication' as const, domain: d.domain },
        weight: 100 - rate,
        key: d.domain,
      },
    ];
  });
}

/** The rules that carry the score: 2 points or more, at most three, and always the top one. */
export function topRules(rules: SpamAssassinEvidence['rules']): SpamAssassinEvidence['rules'] {
  const sorted = [...rules].filter((r) => r.points > 0).sort((a, b) => b.points - a.points || a.name.localeCompare(b.name));
  return sorted.filter((r, i) => i === 0 || (r.points >= 2 && i < 3));
}

function spamAssassinFindings(evidence: FixFirstEvidence): Scored[] {
  return evidence.spamAssassin
    .filter((s) => s.score >= SPAM_ASSASSIN_THRESHOLD)
    .map((s) => {
      const top = topRules(s.rules).map((r) => `${r.name} (+${r.points.toFixed(1)})`);
      return {
        kind: 'spam-assassin' as const,
        severity: 'high' as const,
        figure: s.score.toFixed(1),
        sentence: `SpamAssassin scores the email from ${s.domain} ${s.score.toFixed(1)}, over the ${SPAM_ASSASSIN_THRESHOLD.toFixed(1)} spam threshold${top.length ? `, mostly for ${listWords(top)}` : ''}.`,
        action: `SpamAssassin rules for ${s.domain}`,
        target: { section: 'spam-assassin' as const, domain: s.domain },
        weight: s.score,
        key: s.domain,
      };
    });
}

function spamBoundFindings(evidence: FixFirstEvidence): Scored[] {
  return evidence.senders.flatMap((s) =>
    s.cells
      .filter((c) => c.received >= MIN_RECEIVED && share(c.received - c.spam, c.received) < SPAM_BOUND_BELOW)
      .map((c) => ({
        kind: 'spam-bound' as const,
        severity: 'high' as const,
        figure: pct(share(c.received - c.spam, c.received)),
        sentence: `${s.sender} lands ${pct(share(c.received - c.spam, c.received))} at ${c.provider}: ${c.spam} of ${c.received} received emails went to spam.`,
        action: `${s.sender}'s emails to ${c.provider}`,
        target: { section: 'records' as const, sender: s.sender, esp: c.esp },
        // Emails lost to spam: the cell that loses the most costs the most.
        weight: c.spam + (100 - share(c.received - c.spam, c.received)) / 1000,
        key: `${s.sender}|${c.esp}`,
      })),
  );
}

function changeFindings(evidence: FixFirstEvidence): Scored[] {
  const change = evidence.change;
  if (!change) return [];
  const drop = change.inboxBefore - change.inboxNow;
  if (drop < DROP_FROM) return [];
  const points = Math.round(drop);
  return [
    {
      kind: 'drop',
      severity: 'medium',
      figure: `▼ ${points} pts`,
      sentence: `Inbox placement fell ${points} points against ${change.against}: ${pct(change.inboxBefore)} then, ${pct(change.inboxNow)} now.`,
      action: 'Change against the previous period',
      target: { section: 'change' },
      weight: drop,
      key: 'change',
    },
  ];
}

function silentFindings(evidence: FixFirstEvidence): Scored[] {
  const silent = evidence.senders.filter((s) => s.silent).map((s) => s.sender);
  if (silent.length === 0) return [];
  const listed = evidence.senders.filter((s) => s.listed).length;
  return [
    {
      kind: 'silent-senders',
      severity: 'medium',
      figure: `${silent.length} of ${listed}`,
      sentence: `${silent.length} of ${listed} senders sent nothing (${listWords(silent)}): Instantly skips paused, failing and limited accounts without saying so, so these mailboxes are untested.`,
      action: 'Senders by provider',
      target: { section: 'senders' },
      weight: silent.length,
      key: 'silent',
    },
  ];
}

/** Every finding of the window, the costliest first; empty when the run is healthy. */
export function rankFindings(evidence: FixFirstEvidence): Finding[] {
  const scored = [
    ...blacklistFindings(evidence),
    ...authenticationFindings(evidence),
    ...spamAssassinFindings(evidence),
    ...spamBoundFindings(evidence),
    ...changeFindings(evidence),
    ...silentFindings(evidence),
  ];
  scored.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.weight - a.weight || a.key.localeCompare(b.key),
  );
  return scored.map(({ weight: _weight, key: _key, ...finding }) => finding);
}

/** The one line of a run with nothing to fix. */
export const HEALTHY_LINE = `Nothing to fix: every sender lands ${SPAM_BOUND_BELOW}% or more at every provider, no major blacklist lists the domains, authentication passes and SpamAssassin scores under ${SPAM_ASSASSIN_THRESHOLD.toFixed(1)}.`;
