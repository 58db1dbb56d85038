import { Code, Stack, Text } from '@mantine/core';
import type { AnalyticsRecord } from '../../../../core/contract/analytics';
import { formatDateTime } from '../../../lib/format';

const MAX_SHOWN = 20;

/** The raw Authentication-Results, DKIM-Signature and Received-SPF text of failed records. */
export function AuthFailures({ failures }: { failures: AnalyticsRecord[] }) {
  return (
    <Stack gap="sm">
      {failures.slice(0, MAX_SHOWN).map((record) => {
        const raw = record.authentication_failure_results;
        const checks = [
          record.spf_pass === false && 'SPF',
          record.dkim_pass === false && 'DKIM',
          record.dmarc_pass === false && 'DMARC',
        ].filter(Boolean);
        return (
          <Stack key={record.id} gap={4}>
            <Text size="xs" fw={600}>
              {record.sender_email} → {record.recipient_email}, {formatDateTime(record.timestamp_created)}:{' '}
              {checks.join(', ')} failed
            </Text>
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {[
                raw?.authentication_results,
                raw?.dkim_signature && `DKIM-Signature: ${raw.dkim_signature}`,
                raw?.received_spf,
              ]
                .filter(Boolean)
                .join('\n') || 'No raw header text in this record.'}
            </Code>
          </Stack>
        );
      })}
      {failures.length > MAX_SHOWN && (
        <Text size="xs" c="dimmed">
          Showing {MAX_SHOWN} of {failures.length}; the records table below has them all.
        </Text>
      )}
    </Stack>
  );
}
