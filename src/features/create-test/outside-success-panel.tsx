import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import { OUTSIDE_SENDING_HOW, TestCodeBlock } from '../placement-test-ui/outside-sending-help';
import { SeedAddressList } from '../placement-test-ui/seed-address-list';
import { READABLE_ALERT_STYLES } from './readable-alert';

/** After creating a test sent from outside Instantly: what to send, and where. */
export function OutsideSuccessPanel({
  placementTest,
  onCreateAnother,
}: {
  placementTest: PlacementTest;
  onCreateAnother: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const code = placementTest.test_code ?? '';
  return (
    <Stack gap="lg" maw={900}>
      <Title order={2} ref={headingRef} tabIndex={-1}>
        Test created
      </Title>
      <Alert
        styles={READABLE_ALERT_STYLES}
        role="status"
        color="teal"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        title={`“${placementTest.name}” is ready`}
      >
        {OUTSIDE_SENDING_HOW} Results appear as the seeds receive it.
      </Alert>
      <Paper withBorder p="md" radius="md">
        <TestCodeBlock code={code} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <SeedAddressList addresses={placementTest.recipients} />
      </Paper>
      <Group>
        <Button component={Link} href={`/tests/${placementTest.id}`}>
          Open test
        </Button>
        <Button variant="default" onClick={onCreateAnother}>
          Create another test
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        The test’s page shows the same addresses and code later.
      </Text>
    </Stack>
  );
}
