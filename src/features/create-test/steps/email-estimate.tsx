import { Paper, Stack, Text, Title } from '@mantine/core';
import { SENDING_METHODS } from '../../../../core/contract/placement-tests';
import { toScheduleInput } from '../../placement-test-ui/schedule-fields/schedule-form';
import { estimateEmails } from '../../../../core/rules/estimate';
import { formatCount, pluralize } from '../../../lib/format';
import type { CreateTestFormValues } from '../form-schema';
import { useSenderCount } from './use-sender-count';

/** Emails per run = senders × seed inboxes; per week for automated tests (each run costs credits). */
export function EmailEstimate({ values }: { values: CreateTestFormValues }) {
  const outside = values.sending_method === SENDING_METHODS.outside;
  const count = useSenderCount(outside ? [] : values.emails, outside ? [] : (values.tags ?? []));
  const estimate = estimateEmails({
    senders: outside ? 1 : count.senders,
    labels: values.recipients_labels,
    type: values.type,
    schedule: toScheduleInput(values.schedule),
  });
  const runsPerWeek = Object.values(values.schedule.days).filter(Boolean).length;
  return (
    <Paper withBorder p="md" radius="md" bg="var(--mantine-color-default-hover)">
      <Stack gap={6}>
        <Title order={4}>Estimated emails</Title>
        {outside ? (
          <Text>
            <Text span fw={700}>
              {pluralize(estimate.perRun, 'email')} per run
            </Text>{' '}
            for each mailbox you send from ({pluralize(estimate.seedInboxes, 'seed inbox', 'seed inboxes')}).
          </Text>
        ) : (
          <Text>
            <Text span fw={700}>
              About {pluralize(estimate.perRun, 'email')} per run
            </Text>
            : {pluralize(count.senders, 'sender')} ×{' '}
            {pluralize(estimate.seedInboxes, 'seed inbox', 'seed inboxes')}
            {count.counting ? ' (still counting tagged accounts…)' : ''}.
          </Text>
        )}
        {estimate.perWeek !== null && (
          <Text>
            <Text span fw={700}>
              About {formatCount(estimate.perWeek)} per week
            </Text>{' '}
            ({pluralize(runsPerWeek, 'run')} a week)
            {values.run_immediately ? `, plus ${formatCount(estimate.perRun)} for the run right away` : ''}.
          </Text>
        )}
        {count.leftOut > 0 && (
          <Text size="sm" c="dimmed">
            {pluralize(count.leftOut, 'paused or failing account')} left out: Instantly skips them.
          </Text>
        )}
        {count.tagsFailed && (
          <Text size="sm" c="dimmed">
            Accounts behind the chosen tags could not be counted, so they are not in this estimate.
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Seed inboxes per kind are Instantly’s to choose and vary by plan; this is an estimate.
        </Text>
      </Stack>
    </Paper>
  );
}
