import { Button, Group, NativeSelect } from '@mantine/core';
import { lazy, Suspense, useRef, useState } from 'react';
import { useHydrated } from '../../../components/use-hydrated';
import { PAGE_SIZES, serializeListView, type ListSort, type ListView } from '../list-view';
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

// Not needed before the rows are interactive: loaded when opened (ADR 019).
const FigureFilters = lazy(async () => ({ default: (await import('./figure-filters')).FigureFilters }));
const SaveViewForm = lazy(async () => ({
  default: (await import('../saved-views/save-view-form')).SaveViewForm,
}));

export interface TestsToolbarProps {
  view: ListView;
  onChange: (patch: Partial<ListView>, options?: { replace?: boolean }) => void;
  /** The real API has no name sort (`sort_column` was removed); the emulator has. */
  nameSort: boolean;
}

export function TestsToolbar({ view, onChange, nameSort: backendSortsByName }: TestsToolbarProps) {
  // The server draws the list without the name sorts (it does not ask /api/status first), and its
  // selects wait (`inert`) until the app has taken them over (ADR 028).
  const hydrated = useHydrated();
  const nameSort = hydrated && backendSortsByName;
  const sortOptions = nameSort ? SORT_OPTIONS : SORT_OPTIONS.filter((o) => !o.value.startsWith('name'));
  const allTime = view.figures === 'all-time';
  // Open by itself when the URL holds one of its filters (a link, a saved view, a reload).
  const active =
    view.below !== null ||
    view.notSending ||
    view.type !== 'all' ||
    view.method !== 'all' ||
    view.provider !== null;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const showFilters = filtersOpen || active;
  const saveButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchBox value={view.q} onSearch={(q) => onChange({ q }, { replace: true })} waiting={!hydrated} />
        <StatusFilter value={view.status} onChange={(status) => onChange({ status })} />
        <Group gap="sm" wrap="nowrap">
          <NativeSelect
            label="Sort"
            inert={!hydrated}
            data={sortOptions}
            value={nameSort || !view.sort.startsWith('name') ? view.sort : 'newest'}
            onChange={(event) => onChange({ sort: event.currentTarget.value as ListSort })}
          />
          <NativeSelect
            label="Per page"
            inert={!hydrated}
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
        <Button
          variant="default"
          aria-expanded={showFilters}
          aria-controls="more-filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          More filters
        </Button>
        {saving ? (
          <Suspense>
            <SaveViewForm
              search={serializeListView(view).toString()}
              onClose={() => {
                setSaving(false);
                // Back to the button that opened it, once it is drawn again.
                requestAnimationFrame(() => saveButton.current?.focus());
              }}
            />
          </Suspense>
        ) : (
          <Button ref={saveButton} variant="default" onClick={() => setSaving(true)}>
            Save view
          </Button>
        )}
      </Group>
      {showFilters ? (
        <div id="more-filters">
          <Suspense>
            <FigureFilters view={view} onChange={onChange} />
          </Suspense>
        </div>
      ) : null}
    </>
  );
}
