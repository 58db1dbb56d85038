import '../mantine-styles';
import { Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ESP_CODE_LABELS, ESP_CODES, type EspCode } from '../../../../core/contract/common';
import type { ListView } from '../list-view';

export interface FigureFiltersProps {
  view: ListView;
  onChange: (patch: Partial<ListView>, options?: { replace?: boolean }) => void;
}

const TYPE_OPTIONS = [
  { value: 'all', label: 'All types' },
  { value: 'one-time', label: 'One-time' },
  { value: 'automated', label: 'Automated' },
];
const METHOD_OPTIONS = [
  { value: 'all', label: 'Any method' },
  { value: 'instantly', label: 'From Instantly' },
  { value: 'outside', label: 'From outside Instantly' },
];
const PROVIDER_OPTIONS = [
  { value: '', label: 'Any provider' },
  ...ESP_CODES.map((code) => ({ value: String(code), label: ESP_CODE_LABELS[code] })),
];

/** "Latest inbox below N %": a whole number from 1 to 100, or empty for any. */
function BelowInput({ value, onChange }: { value: number | null; onChange: (below: number | null) => void }) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // Follow the URL when it changes from elsewhere (Back, a saved view, "Clear filters").
    setSeen(value);
    setText(value === null ? '' : String(value));
  }
  const n = Number(text);
  const valid = text.trim() === '' || (Number.isInteger(n) && n >= 1 && n <= 100);
  return (
    <TextInput
      label="Latest inbox below"
      type="number"
      inputMode="numeric"
      min={1}
      max={100}
      step={1}
      w={150}
      rightSection="%"
      value={text}
      error={valid ? undefined : 'A whole number from 1 to 100'}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const parsed = Number(next);
        // A bad value changes nothing: the list keeps the last good filter until it is fixed.
        if (next.trim() === '') onChange(null);
        else if (Number.isInteger(parsed) && parsed >= 1 && parsed <= 100) onChange(parsed);
      }}
    />
  );
}

/**
 * The filters the API does not have (ADR 019): they narrow the tests loaded so far, which
 * LoadedScope says, with "Load all".
 */
export function FigureFilters({ view, onChange }: FigureFiltersProps) {
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <BelowInput value={view.below} onChange={(below) => onChange({ below }, { replace: true })} />
      <NativeSelect
        label="Type"
        data={TYPE_OPTIONS}
        value={view.type}
        onChange={(event) => onChange({ type: event.currentTarget.value as ListView['type'] })}
      />
      <NativeSelect
        label="Sending method"
        data={METHOD_OPTIONS}
        value={view.method}
        onChange={(event) => onChange({ method: event.currentTarget.value as ListView['method'] })}
      />
      <NativeSelect
        label="Seed provider"
        data={PROVIDER_OPTIONS}
        value={view.provider === null ? '' : String(view.provider)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ provider: value === '' ? null : (Number(value) as EspCode) });
        }}
      />
      <Checkbox
        label="Not sending"
        mt={30}
        checked={view.notSending}
        onChange={(event) => onChange({ notSending: event.currentTarget.checked })}
      />
    </Group>
  );
}
