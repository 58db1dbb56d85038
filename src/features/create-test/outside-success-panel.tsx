import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import { CopyValueButton } from '../../components/copy-value-button';
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
        Send your email from your own tool to every seed address below, with the test code in the email, so
        Instantly can match what the seeds receive to this test. Results appear as the seeds receive it.
      </Alert>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={3} size="h4">
            Test code
          </Title>
          <Group gap="xs" wrap="nowrap">
            <Code fz="md" data-testid="test-code" style={{ overflowWrap: 'anywhere' }}>
              {code || 'None returned'}
            </Code>
            {code && <CopyValueButton value={code} label="test code" />}
          </Group>
        </Stack>
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
