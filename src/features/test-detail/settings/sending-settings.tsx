import { Badge, Code, Group, Text } from '@mantine/core';
import {
  DELIVERY_MODE_LABELS,
  SENDING_METHOD_LABELS,
  type PlacementTestDetail,
} from '../../../../core/contract/placement-tests';
import { CopyValueButton } from '../../../components/copy-value-button';
import { OUTSIDE_SENDING_HOW } from '../../placement-test-ui/outside-sending-help';
import { FactList, type Fact } from './fact-list';
import { SenderList } from './sender-list';
import { SectionCard } from '../section-card';
import { useConfiguredSenders } from '../../placement-test-ui/use-configured-senders';

/** How the test sends: method, senders (accounts and tags), campaign, delivery, tracking, code. */
export function SendingSettings({ placementTest }: { placementTest: PlacementTestDetail }) {
  const { senders, accountOf } = useConfiguredSenders(placementTest);
  const { metadata, sending_method: method } = placementTest;
  const tagLabels = (placementTest.tags ?? []).map((id) => metadata?.tags?.[id]?.label ?? id);
  const facts: Fact[] = [{ label: 'Sending method', value: SENDING_METHOD_LABELS[method] }];
  if (method === 2) {
    facts.push({
      label: 'Test code',
      value: placementTest.test_code ? (
        <Group gap={4} wrap="nowrap">
          <Code style={{ overflowWrap: 'anywhere' }}>{placementTest.test_code}</Code>
          <CopyValueButton value={placementTest.test_code} label="test code" />
        </Group>
      ) : (
        'None'
      ),
    });
  }
  facts.push({
    label: method === 2 ? 'Sending addresses' : 'Senders',
    value: <SenderList senders={senders} accountOf={accountOf} />,
  });
  if (method === 1) {
    facts.push(
      {
        label: 'Sender tags',
        value: tagLabels.length ? (
          <Group gap={4}>
            {tagLabels.map((label) => (
              <Badge key={label} variant="default" tt="none">
                {label}
              </Badge>
            ))}
          </Group>
        ) : (
          'None'
        ),
      },
      {
        label: 'Campaign',
        value: metadata?.campaign?.name ?? (placementTest.campaign_id ? placementTest.campaign_id : 'None'),
      },
      {
        label: 'Delivery mode',
        value: placementTest.delivery_mode ? DELIVERY_MODE_LABELS[placementTest.delivery_mode] : 'Not set',
      },
      { label: 'Open tracking', value: placementTest.text_only ? 'Disabled' : 'On' },
    );
  }
  return (
    <SectionCard title="Sending">
      {method === 2 && (
        <Text size="sm" c="dimmed">
          {OUTSIDE_SENDING_HOW}
        </Text>
      )}
      <FactList facts={facts} />
    </SectionCard>
  );
}
