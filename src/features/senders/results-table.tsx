import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { Column } from './results-columns';
import type { ResultsView, SortKey } from './results-view';
import classes from './results-table.module.css';

export interface ResultsTableProps<R> {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  view: Pick<ResultsView, 'sort' | 'dir'>;
  onSort: (sort: SortKey, dir: 'asc' | 'desc') => void;
}

/**
 * A plain table (hundreds of rows at most: one per sender), sorted by any column from its
 * heading; a first click sorts worst first (ascending shares, descending counts).
 */
export function ResultsTable<R>({ caption, columns, rows, rowKey, view, onSort }: ResultsTableProps<R>) {
  const firstDir = (key: SortKey) => (['tests', 'emails', 'silent', 'spam', 'category'].includes(key) ? 'desc' : 'asc');
  return (
    <Table.ScrollContainer minWidth={1100} className={classes.scroll}>
      <Table striped highlightOnHover stickyHeader fz="sm" aria-label={caption} className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => {
              const active = c.sort !== undefined && view.sort === c.sort;
              const Icon = active ? (view.dir === 'asc' ? IconArrowUp : IconArrowDown) : IconSelector;
              return (
                <Table.Th key={c.id} scope="col" aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined} className={c.id === 'name' ? classes.pin : undefined}>
                  {c.sort ? (
                    <UnstyledButton
                      className={classes.sort}
                      onClick={() => {
                        const key = c.sort as SortKey;
                        onSort(key, active ? (view.dir === 'asc' ? 'desc' : 'asc') : firstDir(key));
                      }}
                    >
                      {c.label}
                      <Icon size={14} aria-hidden />
                    </UnstyledButton>
                  ) : (
                    c.label
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((c) =>
                c.id === 'name' ? (
                  <Table.Th key={c.id} scope="row" className={classes.pin} fw={400}>
                    {c.cell(row)}
                  </Table.Th>
                ) : (
                  <Table.Td key={c.id}>{c.cell(row)}</Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
