import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { serverStatusQueries } from '../api/server-status/queries';

/** Shown only when the server is configured with several Instantly workspaces. */
export function WorkspaceSwitcher({ onChange }: { onChange: (id: string) => void }) {
  const { data } = useQuery(serverStatusQueries.status());
  const workspaces = data?.workspaces ?? [];
  if (workspaces.length < 2) return null;
  return (
    <NativeSelect
      aria-label="Workspace"
      size="xs"
      value={data?.workspace?.id ?? workspaces[0]?.id}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={workspaces.map((w) => ({ value: w.id, label: w.name }))}
    />
  );
}
