import type { Comparison } from '../../../core/rules/compare';
import {
  AUTH_CHECK_NAMES,
  dimensionLabel,
  shareOf,
  type AuthCheck,
  type Share,
  type WindowSummary,
} from '../../../core/rules/window-summary';
import { SPAM_ASSASSIN_THRESHOLD } from '../../../core/contract/reports';
import { formatCount, formatPercent } from '../../lib/format';
import { redactEmails } from '../../lib/redact';
import { deltaWords, changeSentence } from '../placement-test-ui/comparison/delta-words';
import { runLabel } from '../placement-test-ui/comparison/run-label';

/**
 * Everything a one-page client report says, as words and figures, built once and drawn twice:
 * as the printable page (report-document.tsx) and as the PDF (pdf/report-pdf.ts). With `redact`,
 * every email address in it is cut to `j•••@domain`, names and notes included.
 */
export interface ReportSide {
  testName: string;
  run: string;
  summary: WindowSummary;
}

export interface ReportRow {
  label: string;
  values: string[];
}

export interface ReportTable {
  title: string;
  rows: ReportRow[];
  empty: string;
}

export interface ReportModel {
  workspace: string;
  title: string;
  subject: string;
  window: string;
  generated: string;
  note: string | null;
  logo: string | null;
  headline: string | null;
  cause: string | null;
  columns: string[];
  tables: ReportTable[];
  listings: string[];
  rules: string[];
  /**
   * "What to fix first" (core/rules/fix-first.ts), one sentence each with its figure in it, costliest
   * first; empty for a healthy run; null when nothing is ranked (a comparison, nothing received).
   */
  findings: string[] | null;
}

export interface ReportInput {
  sides: [ReportSide] | [ReportSide, ReportSide];
  comparison: Comparison | null;
  workspace: string;
  note: string;
  logo: string | null;
  redact: boolean;
  generatedAt: Date;
  findings: string[] | null;
}

const score = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(1));
const CHECKS = Object.keys(AUTH_CHECK_NAMES) as AuthCheck[];

export function buildReportModel(input: ReportInput): ReportModel {
  const { sides, comparison } = input;
  const two = sides.length === 2;
  const [first] = sides;
  /** One figure per side, and for a comparison the change, worded. */
  const row = (
    label: string,
    of: (s: ReportSide) => number | null,
    higherIsBetter: boolean | null,
    format = (n: number | null | undefined) => formatPercent(n),
    unit = ' pts',
  ): ReportRow => {
    const values = sides.map((s) => format(of(s)));
    if (!two) return { label, values };
    const [a, b] = sides.map(of);
    return { label, values: [...values, changeSentence(deltaWords(a, b, higherIsBetter, format, unit))] };
  };
  const share =
    (get: (s: WindowSummary) => Share | undefined, placement: 'inbox' | 'spam') => (s: ReportSide) => {
      const found = get(s.summary);
      return found ? shareOf(found, placement) : null;
    };
  const providers = [...new Set(sides.flatMap((s) => [...s.summary.byDimension.provider.keys()]))].sort(
    (x, y) => x - y,
  );
  const providerLabel = (code: number) => dimensionLabel('provider', code);
  const domains = [...new Set(sides.flatMap((s) => [...s.summary.authByDomain.keys()]))].sort();
  const senders = [...new Set(sides.flatMap((s) => [...s.summary.bySender.keys()]))].sort();
  const authRate = (domain: string, check: AuthCheck) => (s: ReportSide) => {
    const c = s.summary.authByDomain.get(domain)?.[check];
    return !c || c.checked === 0 ? null : (100 * c.passed) / c.checked;
  };

  const tables: ReportTable[] = [
    {
      title: 'Headline figures (share of received emails)',
      empty: 'Nothing received yet.',
      rows: [
        row(
          'Inbox',
          share((s) => s.total, 'inbox'),
          true,
        ),
        row('Category tab', (s) => shareOf(s.summary.total, 'category'), null),
        row(
          'Spam',
          share((s) => s.total, 'spam'),
          false,
        ),
        {
          label: 'Received of sent',
          values: [
            ...sides.map(
              (s) => `${formatCount(s.summary.total.received)} of ${formatCount(s.summary.total.sent)}`,
            ),
            ...(two ? [''] : []),
          ],
        },
        row(
          `SpamAssassin score (${SPAM_ASSASSIN_THRESHOLD}+ reads as spam)`,
          (s) => s.summary.spamScore,
          false,
          score,
          '',
        ),
      ],
    },
    {
      title: 'Inbox placement by provider',
      empty: 'No seed provider received anything.',
      rows: providers.flatMap((code) => [
        row(
          `${providerLabel(code)} inbox`,
          share((s) => s.byDimension.provider.get(code), 'inbox'),
          true,
        ),
        row(
          `${providerLabel(code)} spam`,
          share((s) => s.byDimension.provider.get(code), 'spam'),
          false,
        ),
      ]),
    },
    {
      title: 'Authentication pass rate by sending domain',
      empty: 'No authentication results yet.',
      rows: domains.flatMap((domain) =>
        CHECKS.map((check) => row(`${domain} ${AUTH_CHECK_NAMES[check]}`, authRate(domain, check), true)),
      ),
    },
    {
      title: 'Inbox placement by sender',
      empty: 'No sender sent.',
      rows: senders.map((sender) =>
        row(
          sender,
          share((s) => s.bySender.get(sender), 'inbox'),
          true,
        ),
      ),
    },
  ];

  const listings = comparison
    ? [
        ...comparison.listings.added.map(
          (l) =>
            `New on B: ${l.target === 'ip' ? `IP ${l.address}` : l.address} (${l.domain}) on ${l.blacklist}`,
        ),
        ...comparison.listings.removed.map(
          (l) =>
            `Cleared on B: ${l.target === 'ip' ? `IP ${l.address}` : l.address} (${l.domain}) on ${l.blacklist}`,
        ),
        ...comparison.listings.kept.map(
          (l) =>
            `Still listed: ${l.target === 'ip' ? `IP ${l.address}` : l.address} (${l.domain}) on ${l.blacklist}`,
        ),
      ]
    : first.summary.listings.map(
        (l) => `${l.target === 'ip' ? `IP ${l.address}` : l.address} (${l.domain}) on ${l.blacklist}`,
      );
  const rules = comparison
    ? [
        ...comparison.spamAssassin.appeared.map(
          (r) => `Appeared: ${r.name} (${score(r.b)}), ${r.description}`,
        ),
        ...comparison.spamAssassin.disappeared.map(
          (r) => `Gone: ${r.name} (${score(r.a)}), ${r.description}`,
        ),
        ...comparison.spamAssassin.changed.map((r) => `Changed: ${r.name} ${score(r.a)} → ${score(r.b)}`),
      ]
    : [...first.summary.spamRules.values()]
        .filter((r) => r.points > 0)
        .sort((x, y) => y.points - x.points)
        .slice(0, 6)
        .map((r) => `${r.name} (${score(r.points)}), ${r.description}`);

  const model: ReportModel = {
    workspace: input.workspace,
    title: two ? 'Inbox placement comparison' : 'Inbox placement report',
    subject: two ? `A: ${sides[0].testName} · B: ${sides[1]?.testName ?? ''}` : first.testName,
    window: two
      ? `A: run of ${runLabel(sides[0].run)} · B: run of ${runLabel(sides[1]?.run ?? '')}`
      : `Run of ${runLabel(first.run)}`,
    generated: input.generatedAt.toISOString().slice(0, 10),
    note: input.note.trim() || null,
    logo: input.logo,
    headline: comparison?.headline ?? null,
    cause: comparison?.cause ?? null,
    columns: two ? ['A', 'B', 'Change'] : ['Result'],
    tables,
    listings,
    rules,
    findings: input.findings,
  };
  return input.redact ? redactModel(model) : model;
}

function redactModel(model: ReportModel): ReportModel {
  const r = redactEmails;
  return {
    ...model,
    workspace: r(model.workspace),
    subject: r(model.subject),
    note: model.note && r(model.note),
    headline: model.headline && r(model.headline),
    tables: model.tables.map((t) => ({
      ...t,
      rows: t.rows.map((row) => ({ label: r(row.label), values: row.values.map(r) })),
    })),
    listings: model.listings.map(r),
    rules: model.rules.map(r),
    findings: model.findings && model.findings.map(r),
  };
}
