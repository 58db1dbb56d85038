import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { campaignQueries } from '../../../api/campaigns/queries';
import { customTagQueries } from '../../../api/custom-tags/queries';
import { PLACEMENT_TEST_TYPES } from '../../../../core/contract/placement-tests';
import { EmailEstimate } from './email-estimate';
import type { CreateTestFormValues } from '../form-schema';
import { ReviewSection } from './review-section';
import {
  automationRows,
  basicsRows,
  contentRows,
  recipientsRows,
  scheduleRows,
  sendingRows,
  type Lookups,
} from './review-rows';
import type { StepId } from '../wizard-steps';

export function ReviewStep({ onEdit }: { onEdit: (step: StepId) => void }) {
  const values = useWatch<CreateTestFormValues>() as CreateTestFormValues;
  const [now] = useState(() => new Date());
  const tags = useQuery(customTagQueries.picker());
  const campaigns = useQuery(campaignQueries.picker());
  const lookups: Lookups = {
    tagLabel: (id) => tags.data?.items.find((t) => t.id === id)?.label ?? id,
    campaignName: (id) => campaigns.data?.items.find((c) => c.id === id)?.name ?? id,
  };
  const automated = values.type === PLACEMENT_TEST_TYPES.automated;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Nothing has been sent yet. Check the test below; creating it starts spending credits
        {automated ? ' on every scheduled run' : ''}.
      </Text>
      <ReviewSection title="Basics" rows={basicsRows(values)} onEdit={() => onEdit('basics')} />
      <ReviewSection title="Sending" rows={sendingRows(values, lookups)} onEdit={() => onEdit('sending')} />
      <ReviewSection title="Content" rows={contentRows(values)} onEdit={() => onEdit('content')} />
      <ReviewSection title="Recipients" rows={recipientsRows(values)} onEdit={() => onEdit('recipients')} />
      {automated && (
        <ReviewSection title="Schedule" rows={scheduleRows(values, now)} onEdit={() => onEdit('schedule')} />
      )}
      {automated && (
        <ReviewSection
          title="Automations"
          rows={automationRows(values, lookups)}
          onEdit={() => onEdit('automations')}
        />
      )}
      <EmailEstimate values={values} />
    </Stack>
  );
}
