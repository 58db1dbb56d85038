import { Stack } from '@mantine/core';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { AutomationSettings } from './automation-settings';
import { EmailSettings } from './email-settings';
import { RecipientSettings } from './recipient-settings';
import { ScheduleSettings } from './schedule-settings';
import { SendingSettings } from './sending-settings';

export function SettingsSection({ placementTest }: { placementTest: PlacementTestDetail }) {
  const automated = placementTest.type === 2;
  return (
    <Stack gap="md">
      <SendingSettings placementTest={placementTest} />
      <RecipientSettings placementTest={placementTest} />
      {automated && <ScheduleSettings placementTest={placementTest} />}
      {automated && <AutomationSettings placementTest={placementTest} />}
      <EmailSettings placementTest={placementTest} />
    </Stack>
  );
}
