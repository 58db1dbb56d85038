import { Text } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { SENDING_METHODS } from '../../../../core/contract/placement-tests';
import { estimateEmails } from '../../../../core/rules/estimate';
import { formatCount, pluralize } from '../../../lib/format';
import type { CreateTestFormValues } from '../form-schema';
import { useSenderCount } from './use-sender-count';

/**
 * The cost as it builds up, on the Recipients step (Review has the full estimate): seed inboxes
 * chosen × senders = emails per run. Each run costs credits (docs/product.md "Credits").
 */
export function RunningEstimate() {
  const [method, emails, tags, labels, type] = useWatch<
    CreateTestFormValues,
    ['sending_method', 'emails', 'tags', 'recipients_labels', 'type']
  >({ name: ['sending_method', 'emails', 'tags', 'recipients_labels', 'type'] });
  const outside = method === SENDING_METHODS.outside;
  const count = useSenderCount(outside ? [] : emails, outside ? [] : (tags ?? []));
  const senders = outside ? 1 : count.senders;
  const { seedInboxes, perRun } = estimateEmails({ senders, labels, type });
  return (
    <Text size="sm" role="status" aria-live="polite">
      <Text span fw={700}>
        {pluralize(seedInboxes, 'seed inbox', 'seed inboxes')}
      </Text>{' '}
      × {outside ? 'each mailbox you send from' : pluralize(senders, 'sender')}
      {count.counting ? ' (counting tagged accounts…)' : ''} ={' '}
      <Text span fw={700}>
        about {formatCount(perRun)} {perRun === 1 ? 'email' : 'emails'} per run
      </Text>
      .
    </Text>
  );
}
