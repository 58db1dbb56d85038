import { Fieldset, Input, Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { placementTestQueries } from '../../../api/placement-tests/queries';
import type { RecipientLabel } from '../../../../core/contract/placement-tests';
import { ERROR_PROPS } from '../../../components/form/error-props';
import { errorText } from '../../../components/form/error-text';
import { groupEspOptions, labelKey } from '../../../../core/rules/esp-labels';
import { SEEDS_PER_OTHER_LABEL, SEEDS_PER_US_LABEL } from '../../../../core/rules/estimate';
import type { CreateTestFormValues } from '../form-schema';
import { PickerLoadError } from './picker-load-error';
import { RecipientGroup } from './recipient-group';
import { RunningEstimate } from './running-estimate';

const strip = ({ region, sub_region, type, esp }: RecipientLabel): RecipientLabel => ({
  region,
  sub_region,
  type,
  esp,
});

/** The ESP options the workspace's plan offers, by region and sub-region (docs/api/reference.md §3.3). */
export function RecipientsStep() {
  const options = useQuery(placementTestQueries.espOptions());
  const { field, fieldState } = useController<CreateTestFormValues, 'recipients_labels'>({
    name: 'recipients_labels',
  });
  const selected = new Set(field.value.map(labelKey));

  const onChange = (changed: RecipientLabel[], checked: boolean) => {
    const keys = new Set(changed.map(labelKey));
    const rest = field.value.filter((l) => !keys.has(labelKey(l)));
    field.onChange(checked ? [...rest, ...changed.map(strip)] : rest);
  };

  if (options.isPending) return <Skeleton height={220} aria-label="Loading seed inbox options" />;
  if (options.isError)
    return <PickerLoadError title="Seed inbox options could not be loaded" query={options} />;
  // A draft can hold labels the plan no longer offers; show them so they can be removed.
  const offered = new Set(options.data.map(labelKey));
  const stale = field.value.filter((l) => !offered.has(labelKey(l)));
  return (
    <Input.Wrapper
      label="Seed inboxes"
      labelElement="div"
      withAsterisk
      description={`Where the test email lands. Each kind adds ${SEEDS_PER_US_LABEL} seed inboxes in the US and ${SEEDS_PER_OTHER_LABEL} in Europe; every sender emails each one.`}
      error={errorText(fieldState.error)}
      errorProps={ERROR_PROPS}
    >
      <Stack gap="md" mt="xs">
        <RunningEstimate />
        {groupEspOptions(options.data).map((region, regionIndex) => (
          <Fieldset key={region.region} legend={region.region}>
            <Stack gap="md">
              {region.subRegions.map((sub, subIndex) => (
                <RecipientGroup
                  key={sub.subRegion}
                  legend={sub.subRegionLabel}
                  options={sub.options}
                  selected={selected}
                  onChange={onChange}
                  inputRef={regionIndex === 0 && subIndex === 0 ? field.ref : undefined}
                />
              ))}
            </Stack>
          </Fieldset>
        ))}
        {stale.length > 0 && (
          <Fieldset legend="No longer offered">
            <RecipientGroup
              legend="Not in your plan’s options any more"
              options={stale}
              selected={selected}
              onChange={onChange}
            />
          </Fieldset>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
