import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { campaignQueries } from '../../../api/campaigns/queries';
import { CAMPAIGN_STATUS_LABELS } from '../../../../core/contract/campaigns';
import { customTagQueries } from '../../../api/custom-tags/queries';
import { DELIVERY_MODE_LABELS } from '../../../../core/contract/placement-tests';
import { ControlledCheckbox } from '../../../components/form/controlled-checkbox';
import { ControlledMultiSelect } from '../../../components/form/controlled-multi-select';
import { ControlledRadioGroup, type RadioOption } from '../../../components/form/controlled-radio-group';
import { ControlledSelect } from '../../../components/form/controlled-select';
import type { CreateTestFormValues } from '../form-schema';
import { PickerLoadError } from './picker-load-error';
import { SenderAccountsField } from './sender-accounts-field';
import { TagAccountCounts } from './tag-account-counts';

const DELIVERY_OPTIONS: RadioOption<1 | 2>[] = [
  {
    value: 1,
    label: DELIVERY_MODE_LABELS[1],
    description: 'Emails go out one after another, spaced like a campaign.',
  },
  {
    value: 2,
    label: DELIVERY_MODE_LABELS[2],
    description: 'Every sender emails every seed at once, so results come sooner.',
  },
];

export function InstantlySendingFields() {
  const tags = useQuery(customTagQueries.picker());
  const campaigns = useQuery(campaignQueries.picker());
  return (
    <Stack gap="md">
      <SenderAccountsField />
      <ControlledMultiSelect<CreateTestFormValues>
        name="tags"
        label="Sender tags"
        description="Every account with one of these tags sends too; the count for each is below."
        data={(tags.data?.items ?? []).map((t) => ({ value: t.id, label: t.label }))}
        placeholder={tags.isPending ? 'Loading tags…' : tags.isError ? 'Tags could not be loaded' : 'None'}
        searchable
        clearable
        nothingFoundMessage="No tag matches"
      />
      <TagAccountCounts />
      <PickerLoadError title="Tags could not be loaded" query={tags} />
      <ControlledSelect<CreateTestFormValues>
        name="campaign_id"
        label="Campaign"
        description="Optional. Links the test to one of your campaigns."
        data={(campaigns.data?.items ?? []).map((c) => ({
          value: c.id,
          label: `${c.name} (${CAMPAIGN_STATUS_LABELS[c.status] ?? 'Unknown'})`,
        }))}
        placeholder={
          campaigns.isPending
            ? 'Loading campaigns…'
            : campaigns.isError
              ? 'Campaigns could not be loaded'
              : 'None'
        }
        searchable
        clearable
        nothingFoundMessage="No campaign matches"
      />
      <PickerLoadError title="Campaigns could not be loaded" query={campaigns} />
      <ControlledRadioGroup<CreateTestFormValues, 1 | 2>
        name="delivery_mode"
        label="Delivery mode"
        options={DELIVERY_OPTIONS}
      />
      <ControlledCheckbox<CreateTestFormValues>
        name="text_only"
        label="Disable open tracking"
        description="Sends without the tracking pixel, as a plain campaign email without open tracking would go."
      />
    </Stack>
  );
}
