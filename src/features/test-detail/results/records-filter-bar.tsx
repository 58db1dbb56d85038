import { Button, Group, MultiSelect, Select } from '@mantine/core';
import { ESP_CODE_LABELS, GEO_CODE_LABELS, RECIPIENT_TYPE_LABELS } from '../../../../core/contract/common';
import { PLACEMENT_LABELS, PLACEMENTS } from '../../../../core/rules/placement';
import { RESULT_TERMS } from '../../../../core/rules/result-terms';
import { isFiltered, NO_FILTER, type PlacementFilter, type RecordsFilter } from './records-filter';

const options = (labels: Record<number, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
const PLACEMENT_OPTIONS = [
  { value: 'all', label: 'Any placement' },
  ...PLACEMENTS.map((p) => ({ value: p, label: PLACEMENT_LABELS[p] })),
  { value: 'not-received', label: `${RESULT_TERMS.stillArriving.label} or ${RESULT_TERMS.missing.label.toLowerCase()}` },
];

export function RecordsFilters({
  filter,
  senders,
  onChange,
}: {
  filter: RecordsFilter;
  senders: string[];
  onChange: (filter: RecordsFilter) => void;
}) {
  const set = (patch: Partial<RecordsFilter>) => onChange({ ...filter, ...patch });
  const common = { size: 'xs', w: { base: '100%', xs: 180 }, comboboxProps: { withinPortal: true } } as const;
  return (
    <Group gap="xs" align="flex-end">
      <MultiSelect
        {...common}
        label="Seed provider"
        placeholder="Any"
        data={options(ESP_CODE_LABELS)}
        value={filter.esp}
        onChange={(esp) => set({ esp })}
      />
      <MultiSelect
        {...common}
        label="Region"
        placeholder="Any"
        data={options(GEO_CODE_LABELS)}
        value={filter.geo}
        onChange={(geo) => set({ geo })}
      />
      <MultiSelect
        {...common}
        label="Inbox type"
        placeholder="Any"
        data={options(RECIPIENT_TYPE_LABELS)}
        value={filter.type}
        onChange={(type) => set({ type })}
      />
      <Select
        {...common}
        w={{ base: '100%', xs: 240 }}
        label="Sender"
        placeholder="Any"
        data={senders}
        value={filter.sender}
        onChange={(sender) => set({ sender })}
        searchable
        clearable
        nothingFoundMessage="No sender matches"
      />
      <Select
        {...common}
        label="Placement"
        data={PLACEMENT_OPTIONS}
        value={filter.placement}
        onChange={(placement) => set({ placement: (placement ?? 'all') as PlacementFilter })}
        allowDeselect={false}
      />
      {isFiltered(filter) && (
        <Button variant="default" size="xs" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
