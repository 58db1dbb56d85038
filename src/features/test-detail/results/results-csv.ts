import type { AnalyticsRecord } from '../../../../core/contract/analytics';
import { ESP_CODE_LABELS, GEO_CODE_LABELS, RECIPIENT_TYPE_LABELS } from '../../../../core/contract/common';
import { toCsv } from '../../../lib/csv';
import { PLACEMENT_LABELS, placementOf } from '../../../../core/rules/placement';
import { HEALTH_LABELS } from './health-labels';
import type { SenderRow } from './sender-triage';

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

export function recordsCsv(records: readonly AnalyticsRecord[]): string {
  return toCsv(
    RECORDS_CSV_HEADER,
    records.map((r) => {
      const placement = placementOf(r);
      return [
        r.timestamp_created,
        r.record_type === 2 ? 'Received' : 'Sent, not received',
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
    'Inbox',
    'Category tab',
    'Spam',
    'Landed %',
    ...providers.map((p) => `${label(ESP_CODE_LABELS, p)} landed %`),
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
