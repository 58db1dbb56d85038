import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { formatCount, pluralize } from '../../../lib/format';
import { formatRelative } from '../../../lib/schedule-format';
import { RESULT_TERMS, type ResultTerm } from '../../../../core/rules/result-terms';
import { SectionCard } from '../section-card';
import type { Completeness } from './completeness';

/** "last email sent 5 min ago", or "last email goes out in 2 min" (one by one delivery spaces them). */
function lastSend(at: Date, now: Date): string {
  const when = formatRelative(at, now);
  return at.getTime() > now.getTime() ? `the last email goes out ${when}` : `last email sent ${when}`;
}

const Figure = ({ term, value, hint }: { term: ResultTerm; value: string; hint?: string }) => (
  <div style={{ minWidth: 96 }}>
    <Text size="xs" c="dimmed" fw={600} tt="uppercase" title={RESULT_TERMS[term].definition}>
      {RESULT_TERMS[term].label}
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
          {pluralize(c.pending, 'email')} still arriving. Seed inboxes are checked about every 25 minutes;
          these figures refresh on their own until the results are complete
          {lastSentAt ? ` (${lastSend(new Date(lastSentAt), now)})` : ''}.
        </Alert>
      )}
      <Group gap="lg" wrap="wrap" align="flex-start">
        <Figure
          term="expected"
          value={c.expected === null ? 'Unknown' : formatCount(c.expected)}
          hint={
            perRun === null ? 'No senders listed' : `${pluralize(c.runs, 'run')} × ${formatCount(perRun)}`
          }
        />
        <Figure
          term="sent"
          value={formatCount(c.sent)}
          hint={c.notSent ? `${formatCount(c.notSent)} never sent` : undefined}
        />
        <Figure term="received" value={formatCount(c.received)} />
        <Figure
          term="stillArriving"
          value={formatCount(c.pending)}
          hint={c.pending ? 'Seen within 3 hours, as a rule' : undefined}
        />
        <Figure
          term="missing"
          value={formatCount(c.missing)}
          hint={c.missing ? 'Not seen 3 hours after the run' : undefined}
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
