import { VisuallyHidden } from '@mantine/core';
import { SelectCheckbox } from './select-checkbox';
import classes from './tests-table.module.css';
import type { ListSort } from '../list-view';

export interface TestsTableHeadProps {
  sort: ListSort;
  allTime: boolean;
  allSelected: boolean;
  someSelected: boolean;
  onToggleAll: () => void;
}

const ariaSort = (active: boolean, descending: boolean) =>
  active ? (descending ? 'descending' : 'ascending') : undefined;

export function TestsTableHead({
  sort,
  allTime,
  allSelected,
  someSelected,
  onToggleAll,
}: TestsTableHeadProps) {
  const byName = sort === 'name' || sort === 'name-desc';
  const byCreated = sort === 'newest' || sort === 'oldest';
  const figures = allTime ? 'all time' : 'latest run';
  return (
    <thead role="rowgroup">
      <tr role="row" aria-rowindex={1}>
        <th role="columnheader" className={classes.pinCheck}>
          <SelectCheckbox
            label="Select all loaded tests"
            checked={allSelected}
            indeterminate={someSelected && !allSelected}
            onChange={onToggleAll}
          />
        </th>
        <th
          role="columnheader"
          className={classes.pinName}
          aria-sort={ariaSort(byName, sort === 'name-desc')}
        >
          Name <span className={classes.headNote}>and type</span>
        </th>
        <th role="columnheader" style={{ width: 165 }}>
          Status
        </th>
        <th
          role="columnheader"
          aria-sort={ariaSort(sort === 'inbox-low' || sort === 'inbox-high', sort === 'inbox-high')}
        >
          Inbox <span className={classes.headNote}>{figures}</span>
        </th>
        <th role="columnheader" aria-sort={ariaSort(sort === 'spam-high', true)}>
          Spam <span className={classes.headNote}>{figures}</span>
        </th>
        <th role="columnheader" aria-sort={ariaSort(sort === 'last-run', true)}>
          Last run
        </th>
        <th role="columnheader" style={{ width: 145 }}>
          Recipients
        </th>
        <th role="columnheader" style={{ width: 150 }}>
          Schedule <span className={classes.headNote}>next run</span>
        </th>
        <th role="columnheader" aria-sort={ariaSort(byCreated, sort === 'newest')}>
          Created
        </th>
        <th role="columnheader" className={classes.pinActions}>
          <VisuallyHidden>Actions</VisuallyHidden>
        </th>
      </tr>
    </thead>
  );
}

export const COLUMN_COUNT = 10;
