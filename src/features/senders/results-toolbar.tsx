import { Button, CopyButton, Group, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { IconCheck, IconClipboard, IconDownload, IconSearch } from '@tabler/icons-react';
import { RESULTS_WINDOW_LABELS, RESULTS_WINDOWS, type ResultsWindow } from '../../../core/contract/sender-results';
import { providerLabel } from './result-rows';
import { STATE_FILTER_LABELS, STATE_FILTERS, type ResultsView, type StateFilter } from './results-view';

export interface ResultsToolbarProps {
  view: ResultsView;
  onChange: (patch: Partial<ResultsView>, options?: { replace?: boolean }) => void;
  providers: number[];
  domains: string[];
  workspaces: string[];
  /** "Search senders" or "Search domains". */
  searchLabel: string;
  /** Senders only: the account-state filter. */
  stateFilter: boolean;
  digest: string;
  onDownload: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Window, filters and search of the Senders and Domains tables; every change goes to the URL. */
export function ResultsToolbar({ view, onChange, providers, domains, workspaces, searchLabel, stateFilter, digest, onDownload }: ResultsToolbarProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label="Window"
        data={RESULTS_WINDOWS.map((w) => ({ value: w, label: RESULTS_WINDOW_LABELS[w] }))}
        value={view.window}
        onChange={(e) => {
          const window = e.currentTarget.value as ResultsWindow;
          onChange(window === 'custom' ? { window, from: view.from || daysAgo(13), to: view.to || today() } : { window });
        }}
      />
      {view.window === 'custom' && (
        <>
          <TextInput type="date" label="From" value={view.from} max={view.to || today()} onChange={(e) => e.currentTarget.value && onChange({ from: e.currentTarget.value })} />
          <TextInput type="date" label="To" value={view.to} min={view.from} max={today()} onChange={(e) => e.currentTarget.value && onChange({ to: e.currentTarget.value })} />
        </>
      )}
      <NativeSelect
        label="Seed provider"
        data={[{ value: 'all', label: 'All providers' }, ...providers.map((p) => ({ value: String(p), label: providerLabel(p) }))]}
        value={view.provider}
        onChange={(e) => onChange({ provider: e.currentTarget.value })}
      />
      <NumberInput
        label="Landed below (%)"
        placeholder="Any"
        min={1}
        max={100}
        clampBehavior="strict"
        allowDecimal={false}
        w={170}
        value={view.below ?? ''}
        onChange={(value) => onChange({ below: typeof value === 'number' && value >= 1 && value <= 100 ? value : null }, { replace: true })}
      />
      {domains.length > 1 && (
        <NativeSelect
          label="Domain"
          data={[{ value: '', label: 'All domains' }, ...domains.map((d) => ({ value: d, label: d }))]}
          value={view.domain}
          onChange={(e) => onChange({ domain: e.currentTarget.value })}
        />
      )}
      {workspaces.length > 1 && (
        <NativeSelect
          label="Workspace"
          data={[{ value: '', label: 'All workspaces' }, ...workspaces.map((w) => ({ value: w, label: w }))]}
          value={view.workspace}
          onChange={(e) => onChange({ workspace: e.currentTarget.value })}
        />
      )}
      {stateFilter && (
        <NativeSelect
          label="State"
          data={STATE_FILTERS.map((s) => ({ value: s, label: STATE_FILTER_LABELS[s] }))}
          value={view.state}
          onChange={(e) => onChange({ state: e.currentTarget.value as StateFilter })}
        />
      )}
      <TextInput
        label={searchLabel}
        type="search"
        placeholder="Address contains…"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={view.q}
        maxLength={200}
        onChange={(e) => onChange({ q: e.currentTarget.value }, { replace: true })}
      />
      <Group gap="xs" wrap="nowrap">
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={onDownload}>
          CSV
        </Button>
        <CopyButton value={digest} timeout={2000}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconClipboard size={16} aria-hidden />}>
              {copied ? 'Copied' : 'Copy as text'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Group>
  );
}
