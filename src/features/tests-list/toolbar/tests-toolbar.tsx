import { Button, Group, NativeSelect } from '@mantine/core';
import { useHydrated } from '../../../components/use-hydrated';
import { PAGE_SIZES, serializeListView, type ListSort, type ListView } from '../list-view';
import { SaveViewForm } from '../saved-views/save-view-form';
import { FigureFilters } from './figure-filters';
import { SearchBox } from './search-box';
import { StatusFilter } from './status-filter';

const SORT_OPTIONS: { value: ListSort; label: string }[] = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'name', label: 'Name A–Z' },
  { value: 'name-desc', label: 'Name Z–A' },
  { value: 'inbox-low', label: 'Latest inbox, lowest first' },
  { value: 'inbox-high', label: 'Latest inbox, highest first' },
  { value: 'spam-high', label: 'Latest spam, highest first' },
  { value: 'drop', label: 'Biggest drop since the run before' },
  { value: 'last-run', label: 'Last run, newest first' },
];

export interface TestsToolbarProps {
  view: ListView;
  onChange: (patch: Partial<ListView>, options?: { replace?: boolean }) => void;
  /** The real API has no name sort (`sort_column` was removed); the emulator has. */
  nameSort: boolean;
}

export function TestsToolbar({ view, onChange, nameSort: backendSortsByName }: TestsToolbarProps) {
  // The server draws the list without the name sorts (it does not ask /api/status first).
  const nameSort = useHydrated() && backendSortsByName;
  const sortOptions = nameSort ? SORT_OPTIONS : SORT_OPTIONS.filter((o) => !o.value.startsWith('name'));
  const allTime = view.figures === 'all-time';
  return (
    <>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchBox value={view.q} onSearch={(q) => onChange({ q }, { replace: true })} />
        <StatusFilter value={view.status} onChange={(status) => onChange({ status })} />
        <Group gap="sm" wrap="nowrap">
          <NativeSelect
            label="Sort"
            data={sortOptions}
            value={nameSort || !view.sort.startsWith('name') ? view.sort : 'newest'}
            onChange={(event) => onChange({ sort: event.currentTarget.value as ListSort })}
          />
          <NativeSelect
            label="Per page"
            data={PAGE_SIZES.map(String)}
            value={String(view.size)}
            onChange={(event) => onChange({ size: Number(event.currentTarget.value) as ListView['size'] })}
            w={90}
          />
        </Group>
        {/* The all-time figures, one click away and named as such (the columns say which they show). */}
        <Button
          variant={allTime ? 'filled' : 'default'}
          aria-pressed={allTime}
          onClick={() => onChange({ figures: allTime ? 'latest' : 'all-time' })}
        >
          All-time figures
        </Button>
        <SaveViewForm search={serializeListView(view).toString()} />
      </Group>
      <FigureFilters view={view} onChange={onChange} />
    </>
  );
}
