import { VisuallyHidden } from '@mantine/core';
import { SelectCheckbox } from './select-checkbox';
import classes from './tests-table.module.css';
import type { ListSort } from './list-view';

export interface TestsTableHeadProps {
  sort: ListSort;
  allSelected: boolean;
  someSelected: boolean;
  onToggleAll: () => void;
}

const ariaSort = (active: boolean, descending: boolean) =>
  active ? (descending ? 'descending' : 'ascending') : undefined;

export function TestsTableHead({ sort, allSelected, someSelected, onToggleAll }: TestsTableHeadProps) {
  const byName = sort === 'name' || sort === 'name-desc';
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th className={classes.checkCell}>
          <SelectCheckbox
            label="Select all loaded tests"
            checked={allSelected}
            indeterminate={someSelected && !allSelected}
            onChange={onToggleAll}
          />
        </th>
        <th style={{ width: 170 }} aria-sort={ariaSort(byName, sort === 'name-desc')}>
          Name
        </th>
        <th>Type</th>
        <th style={{ width: 165 }}>Status</th>
        <th>Sending</th>
        <th style={{ width: 145 }}>Recipients</th>
        <th style={{ width: 145 }}>Schedule</th>
        <th>Next run</th>
        <th aria-sort={ariaSort(!byName, sort === 'newest')}>Created</th>
        <th style={{ width: 90 }}>
          <VisuallyHidden>Actions</VisuallyHidden>
        </th>
      </tr>
    </thead>
  );
}

export const COLUMN_COUNT = 10;
