import type { AnalyticsRecord } from '../../../../core/contract/analytics';
import { ESP_CODE_LABELS, GEO_CODE_LABELS, RECIPIENT_TYPE_LABELS } from '../../../../core/contract/common';
import { toCsv } from '../../../lib/csv';
import { PLACEMENT_LABELS } from '../../../../core/rules/placement';
import { RESULT_TERMS } from '../../../../core/rules/result-terms';
import { recordResult } from './completeness';
import { HEALTH_LABELS } from './health-labels';
import type { SenderRow } from '../../../lib/results/sender-triage';

/** The two client-ready exports (docs/product.md): every record, and the sender × provider matrix. */
const label = (labels: Record<number, string>, code: number | null | undefined) =>
  code === null || code === undefined ? '' : (labels[code] ?? String(code));
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export const RECORDS_CSV_HEADER = [
  'Sent at (UTC)',
  'Status',
  'Sender',
  'Sender provider',
  'Seed inbox',
  'Seed provider',
  'Region',
  'Inbox type',
  'Placement',
  'SPF',
  'DKIM',
  'DMARC',
] as const;

/**
 * Status and Placement in the glossary's words (result-terms.ts), as the records table shows
 * them: Received, Still arriving or Missing; Inbox, Category tab or Spam once received.
 */
export function recordsCsv(records: readonly AnalyticsRecord[], pendingDay: string | null): string {
  return toCsv(
    RECORDS_CSV_HEADER,
    records.map((r) => {
      const result = recordResult(r, pendingDay);
      const placement = result === 'stillArriving' || result === 'missing' ? null : result;
      return [
        r.timestamp_created,
        RESULT_TERMS[placement ? 'received' : result].label,
        r.sender_email,
        label(ESP_CODE_LABELS, r.sender_esp),
        r.recipient_email,
        label(ESP_CODE_LABELS, r.recipient_esp),
        label(GEO_CODE_LABELS, r.recipient_geo),
        label(RECIPIENT_TYPE_LABELS, r.recipient_type),
        placement ? PLACEMENT_LABELS[placement] : '',
        r.spf_pass,
        r.dkim_pass,
        r.dmarc_pass,
      ];
    }),
  );
}

export function matrixCsv(rows: readonly SenderRow[], providers: readonly number[]): string {
  const header = [
    'Sender',
    'Health',
    'In this test',
    'Sent',
    'Received',
    RESULT_TERMS.inbox.label,
    RESULT_TERMS.category.label,
    RESULT_TERMS.spam.label,
    `${RESULT_TERMS.landed.label} %`,
    ...providers.map((p) => `${label(ESP_CODE_LABELS, p)} ${RESULT_TERMS.landed.label.toLowerCase()} %`),
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.sender,
      HEALTH_LABELS[r.health],
      !r.foreign,
      r.sent,
      r.received,
      r.inbox,
      r.category,
      r.spam,
      round1(r.landedPercent),
      ...providers.map((p) => {
        const cell = r.byProvider[p];
        return cell && cell.received > 0
          ? round1((100 * (cell.inbox + cell.category)) / cell.received)
          : null;
      }),
    ]),
  );
}
