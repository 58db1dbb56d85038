import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { formatCount, pluralize } from '../../../lib/format';
import { formatRelative } from '../../../lib/schedule-format';
import { SectionCard } from '../section-card';
import type { Completeness } from './completeness';

const Figure = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
  <div style={{ minWidth: 96 }}>
    <Text size="xs" c="dimmed" fw={600} tt="uppercase">
      {label}
    </Text>
    <Text fw={650} size="lg">
      {value}
    </Text>
    {hint && (
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    )}
  </div>
);

/** Expected, sent, received, still arriving, missing: how far the results can be trusted. */
export function CompletenessPanel({
  completeness: c,
  perRun,
  lastSentAt,
  now,
}: {
  completeness: Completeness;
  perRun: number | null;
  lastSentAt: string | undefined;
  now: Date;
}) {
  const share = c.sent === 0 ? 0 : (100 * c.received) / c.sent;
  return (
    <SectionCard title="Completeness">
      {c.state === 'collecting' && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconClockHour4 aria-hidden />}
          title="Still collecting results"
          role="status"
        >
          {pluralize(c.pending, 'email')} not received yet. Seed inboxes are checked about every 25 minutes;
          these figures refresh on their own until the results are complete
          {lastSentAt ? ` (last email sent ${formatRelative(new Date(lastSentAt), now)})` : ''}.
        </Alert>
      )}
      <Group gap="lg" wrap="wrap" align="flex-start">
        <Figure
          label="Expected"
          value={c.expected === null ? 'Unknown' : formatCount(c.expected)}
          hint={
            perRun === null ? 'No senders listed' : `${pluralize(c.runs, 'run')} × ${formatCount(perRun)}`
          }
        />
        <Figure
          label="Sent"
          value={formatCount(c.sent)}
          hint={c.notSent ? `${formatCount(c.notSent)} never sent` : undefined}
        />
        <Figure label="Received" value={formatCount(c.received)} />
        <Figure label="Still arriving" value={formatCount(c.pending)} />
        <Figure
          label="Missing"
          value={formatCount(c.missing)}
          hint={c.missing ? 'Not received after 3 hours' : undefined}
        />
      </Group>
      <Stack gap={4}>
        <Progress
          value={share}
          size="md"
          aria-label={`${formatCount(c.received)} of ${formatCount(c.sent)} sent emails received`}
        />
        <Text size="xs" c="dimmed">
          {c.state === 'complete' ? 'Complete: ' : ''}
          {formatCount(c.received)} of {formatCount(c.sent)} sent emails received
        </Text>
      </Stack>
    </SectionCard>
  );
}
