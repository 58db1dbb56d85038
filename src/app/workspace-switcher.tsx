import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { serverStatusQueries } from '../api/server-status/queries';
import { useHydrated } from '../components/use-hydrated';

/** Shown only when the server is configured with several Instantly workspaces. */
export function WorkspaceSwitcher({ onChange }: { onChange: (id: string) => void }) {
  const { data } = useQuery(serverStatusQueries.status());
  const hydrated = useHydrated();
  const workspaces = data?.workspaces ?? [];
  if (workspaces.length < 2) return null;
  return (
    <NativeSelect
      aria-label="Workspace"
      // Drawn by the server: no choice until the app has taken it over (ADR 028).
      inert={!hydrated}
      size="xs"
      value={data?.workspace?.id ?? workspaces[0]?.id}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={workspaces.map((w) => ({ value: w.id, label: w.name }))}
    />
  );
}
