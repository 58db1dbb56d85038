import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { MAX_VIEW_NAME, saveView, viewNameError } from './saved-views-store';
import { useSavedViews } from './use-saved-views';

/**
 * "Save view": names the list's current view (its URL query) and keeps it for the sidebar. A
 * bad name says why and saves nothing.
 */
export function SaveViewForm({ search, onClose }: { search: string; onClose: () => void }) {
  const views = useSavedViews();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // The name box takes focus when it opens, so the keyboard path is Save view → type → Enter.
  useEffect(() => input.current?.focus(), []);

  const submit = () => {
    const problem = viewNameError(name, views);
    if (problem) return setError(problem);
    if (!saveView({ name, search }))
      return setError('This browser would not keep it (storage is full or blocked)');
    notifications.show({ message: `Saved “${name.trim()}”: it is in the sidebar.` });
    onClose();
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
        <Button variant="subtle" mt={25} onClick={onClose}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}
