import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { WebhookOutcome } from '../../../../core/contract/automation-firings';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { formatDateTime } from '../../../lib/format';
import { SectionCard } from '../section-card';
import { formatRunDate } from '../../../../core/rules/run-date';
import { ruleLabel } from './rule-label';
import type { ActivityEntry } from './use-automation-activity';

const WEBHOOK_TEXT: Record<WebhookOutcome['state'], string> = {
  pending: 'calling…',
  delivered: 'delivered',
  failed: 'failed',
};

function webhookText(webhook: WebhookOutcome): string {
  const facts = [
    webhook.status ? `HTTP ${webhook.status}` : null,
    webhook.error ?? null,
    webhook.attempts > 1 ? `${webhook.attempts} tries` : null,
  ].filter(Boolean);
  return `Webhook ${WEBHOOK_TEXT[webhook.state]}${facts.length ? ` (${facts.join(', ')})` : ''}`;
}

function ActivityItem({
  entry,
  placementTest,
}: {
  entry: ActivityEntry;
  placementTest: PlacementTestDetail;
}) {
  const rule = placementTest.automations?.[entry.rule_index];
  return (
    <Paper
      withBorder
      p="sm"
      component="li"
      aria-label={`${ruleLabel(entry.rule_index, entry.condition, rule)}, run ${entry.run_number}`}
    >
      <Stack gap={4}>
        <Group gap="xs" justify="space-between">
          <Text fw={600} size="sm">
            {ruleLabel(entry.rule_index, entry.condition, rule)}
          </Text>
          {entry.inferred ? (
            <Badge variant="light" color="gray" tt="none">
              Inferred
            </Badge>
          ) : (
            <Text size="xs" c="dimmed">
              Fired {formatDateTime(entry.firedAt)}
            </Text>
          )}
        </Group>
        <Text size="sm">
          Run {entry.run_number} ({formatRunDate(entry.run_date)}): {entry.measure}
        </Text>
        <List size="sm" spacing={2}>
          {entry.actions.map((a) => (
            <List.Item key={a.action}>{a.result.charAt(0).toUpperCase() + a.result.slice(1)}</List.Item>
          ))}
          {entry.webhook && <List.Item>{webhookText(entry.webhook)}</List.Item>}
        </List>
      </Stack>
    </Paper>
  );
}

export interface AutomationActivityProps {
  placementTest: PlacementTestDetail;
  activity: { entries: ActivityEntry[]; pending: boolean; error: Error | null; refetch: () => unknown };
  /** On Instantly: firings are not recorded, only inferred. */
  upstream: boolean;
}

/** Every time a rule of this test fired: when, which rule, measured against what, what it did. */
export function AutomationActivity({ placementTest, activity, upstream }: AutomationActivityProps) {
  const rules = placementTest.automations?.length ?? 0;
  const description = upstream
    ? 'Instantly does not report when rules fire. What can be worked out from the test’s status and its latest run is marked Inferred.'
    : 'Each time one of this test’s rules fired after a run, newest first.';
  return (
    <SectionCard title="Automation activity" description={description}>
      {activity.error ? (
        <QueryErrorAlert
          title="Could not load the automation activity"
          error={activity.error}
          retrying={false}
          onRetry={() => void activity.refetch()}
        />
      ) : activity.pending ? (
        <Text size="sm" c="dimmed">
          Loading the activity…
        </Text>
      ) : activity.entries.length === 0 ? (
        <Text size="sm">
          {rules === 0
            ? 'This test has no automation rules. Add rules with Edit to act on each run’s results.'
            : upstream
              ? 'Nothing to infer: the test is not paused after a run that would have paused it.'
              : 'No rule has fired yet. Rules are checked once each run’s results are final.'}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {activity.entries.map((entry) => (
            <ActivityItem key={entry.key} entry={entry} placementTest={placementTest} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
