import { Badge, Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId } from 'react';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { SeedAddressList } from '../../placement-test-ui/seed-address-list';
import { describeLabel, labelKey } from '../../../../core/rules/esp-labels';
import { pluralize } from '../../../lib/format';
import { SectionCard } from '../section-card';

/** Which kinds of seed inbox the test sends to, and the addresses themselves on demand. */
export function RecipientSettings({ placementTest }: { placementTest: PlacementTestDetail }) {
  const labels = placementTest.recipients_labels ?? [];
  const { recipients } = placementTest;
  // Outside-sent tests need the addresses to send to: shown open.
  const [opened, { toggle }] = useDisclosure(placementTest.sending_method === 2);
  const listId = useId();
  return (
    <SectionCard title="Seed inboxes">
      <Group gap={6}>
        {labels.length === 0 ? (
          <Text size="sm">No recipient labels</Text>
        ) : (
          labels.map((label) => (
            <Badge key={labelKey(label)} variant="default" tt="none">
              {describeLabel(label)}
            </Badge>
          ))
        )}
      </Group>
      <Stack gap="xs">
        <Button
          variant="default"
          size="compact-sm"
          w="fit-content"
          onClick={toggle}
          aria-expanded={opened}
          aria-controls={listId}
          rightSection={
            opened ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
          }
        >
          {opened ? 'Hide' : 'Show'} the {pluralize(recipients.length, 'seed address', 'seed addresses')}
        </Button>
        <Collapse expanded={opened} id={listId}>
          <SeedAddressList addresses={recipients} />
        </Collapse>
      </Stack>
    </SectionCard>
  );
}
