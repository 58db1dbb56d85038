import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { MAX_VIEW_NAME, saveView, viewNameError } from './saved-views-store';
import { useSavedViews } from './use-saved-views';

/**
 * "Save view": names the list's current view (its URL query) and keeps it for the sidebar. A
 * bad name says why and saves nothing.
 */
export function SaveViewForm({ search }: { search: string }) {
  const views = useSavedViews();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // The name box takes focus when it opens, so the keyboard path is Save view → type → Enter.
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <Group gap="xs">
        <Button variant="default" onClick={() => (setOpen(true), setSaved(null))}>
          Save view
        </Button>
        {saved ? (
          <span role="status" style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
            Saved “{saved}”: it is in the sidebar.
          </span>
        ) : null}
      </Group>
    );
  }
  const submit = () => {
    const problem = viewNameError(name, views);
    if (problem) return setError(problem);
    if (!saveView({ name, search }))
      return setError('This browser would not keep it (storage is full or blocked)');
    setSaved(name.trim());
    setName('');
    setError(null);
    setOpen(false);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Group gap="xs" align="flex-start">
        <TextInput
          label="View name"
          placeholder="Below 80 %"
          value={name}
          maxLength={MAX_VIEW_NAME + 20}
          error={error}
          ref={input}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setError(null);
          }}
        />
        <Button type="submit" mt={25}>
          Save
        </Button>
        <Button variant="subtle" mt={25} onClick={() => (setOpen(false), setError(null))}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}
