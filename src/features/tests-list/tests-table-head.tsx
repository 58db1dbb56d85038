import { Table, VisuallyHidden } from '@mantine/core';
import { SelectCheckbox } from './select-checkbox';
import type { ListSort } from './list-view';

export interface TestsTableHeadProps {
  sort: ListSort;
  allSelected: boolean;
  someSelected: boolean;
  onToggleAll: () => void;
}

const ariaSort = (active: boolean, descending: boolean) => (active ? (descending ? 'descending' : 'ascending') : undefined);

export function TestsTableHead({ sort, allSelected, someSelected, onToggleAll }: TestsTableHeadProps) {
  const byName = sort === 'name' || sort === 'name-desc';
  return (
    <Table.Thead>
      <Table.Tr aria-rowindex={1}>
        <Table.Th w={44}>
          <SelectCheckbox
            label="Select all loaded tests"
            checked={allSelected}
            indeterminate={someSelected && !allSelected}
            onChange={onToggleAll}
          />
        </Table.Th>
        <Table.Th miw={180} aria-sort={ariaSort(byName, sort === 'name-desc')}>
          Name
        </Table.Th>
        <Table.Th>Type</Table.Th>
        <Table.Th miw={130}>Status</Table.Th>
        <Table.Th>Sending</Table.Th>
        <Table.Th miw={150}>Recipients</Table.Th>
        <Table.Th miw={150}>Schedule</Table.Th>
        <Table.Th>Next run</Table.Th>
        <Table.Th aria-sort={ariaSort(!byName, sort === 'newest')}>Created</Table.Th>
        <Table.Th>
          <VisuallyHidden>Actions</VisuallyHidden>
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

export const COLUMN_COUNT = 10;
