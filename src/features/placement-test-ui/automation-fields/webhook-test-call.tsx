import { Button, Group, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import type { WebhookTestResult } from '../../../../core/contract/webhook-test';
import { useTestWebhook } from '../../../api/automations/mutations';

function answerText(result: WebhookTestResult): string {
  if (result.ok) return `Answered ${result.status} in ${result.ms} ms: the address accepts the rule’s calls.`;
  if (result.status)
    return `Answered ${result.status} in ${result.ms} ms: the address did not accept the call.`;
  return `No answer: ${result.error ?? 'the call failed'}`;
}

/**
 * "Send a test call": the server posts a sample of the body the rule will send (ADR 017) and
 * says how the address answered, before the rule ever fires.
 */
export function WebhookTestCall({ url, ruleNumber }: { url: string; ruleNumber: number }) {
  const call = useTestWebhook();
  const address = url.trim();
  return (
    <Group gap="xs" align="center">
      <Button
        variant="default"
        size="compact-sm"
        leftSection={<IconPlugConnected size={14} aria-hidden />}
        disabled={!address}
        loading={call.isPending}
        onClick={() => call.mutate(address)}
        aria-label={`Send a test call for rule ${ruleNumber}`}
      >
        Send a test call
      </Button>
      <Text
        size="sm"
        role="status"
        c={call.data && !call.data.ok ? 'red' : undefined}
        style={{ flex: '1 1 240px' }}
      >
        {call.isError
          ? `The test call could not be made: ${call.error.message}`
          : call.data
            ? answerText(call.data)
            : ''}
      </Text>
    </Group>
  );
}
