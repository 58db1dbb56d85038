import { Paper, Stack, Text, Title } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { formatDateTime } from '../../../lib/format';
import { OUTSIDE_SENDING_HOW, TestCodeBlock } from '../../placement-test-ui/outside-sending-help';
import { SeedAddressList } from '../../placement-test-ui/seed-address-list';
import { formatInZone, formatRelative } from '../../../lib/schedule-format';

function whatNext(placementTest: PlacementTestDetail, now: Date): string {
  const { status, type, sending_method: method, timestamp_next_run: next, schedule } = placementTest;
  if (method === 2) {
    return `Instantly is waiting for your emails. ${OUTSIDE_SENDING_HOW} Results appear here as the seed inboxes receive it.`;
  }
  if (status === 2) return 'The test is paused. It runs when you resume it.';
  if (type === 2 && next) {
    const at = new Date(next);
    const zone = schedule?.timezone;
    const inZone = zone ? ` (${formatInZone(at, zone)} in ${zone})` : '';
    return `The first run is scheduled for ${formatDateTime(at)} your time${inZone}, ${formatRelative(at, now)}.`;
  }
  return 'Nothing has been sent yet.';
}

/** No email sent yet: say what happens next instead of an empty chart. */
export function NoResults({ placementTest, now }: { placementTest: PlacementTestDetail; now: Date }) {
  return (
    <Paper withBorder p="xl">
      <Stack align="center" gap="xs" ta="center">
        <IconMailForward size={32} aria-hidden color="var(--mantine-color-dimmed)" />
        <Title order={3} size="h4">
          No results yet
        </Title>
        <Text size="sm" c="dimmed" maw={560}>
          {whatNext(placementTest, now)}
        </Text>
      </Stack>
      {/* Outside sending: what to send, right where the user is waiting for results. */}
      {placementTest.sending_method === 2 && (
        <Stack gap="lg" mt="lg">
          <TestCodeBlock code={placementTest.test_code} />
          <SeedAddressList addresses={placementTest.recipients} />
        </Stack>
      )}
    </Paper>
  );
}
