import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { serverStatusQueries } from '../api/server-status/queries';
import { getErrorMessage } from '../api/errors';

/** Which backend the dashboard talks to (Emulator or Instantly) and whether it answers. */
export function BackendStatus() {
  const { data, error, isPending } = useQuery(serverStatusQueries.status());
  if (isPending) {
    return (
      <Badge variant="light" color="gray" aria-live="polite">
        Connecting…
      </Badge>
    );
  }
  const ok = !!data?.ok && !error;
  const label = data?.workspace ? `${data.label} · ${data.workspace.name}` : (data?.label ?? 'Server');
  const detail = error ? getErrorMessage(error) : data?.message;
  const text = `${label}: ${ok ? 'connected' : 'not answering'}`;
  return (
    <Badge
      variant="dot"
      color={ok ? 'teal' : 'red'}
      size="lg"
      role="status"
      aria-label={text}
      // A native title, not a Tooltip: it keeps the positioning library off the first route.
      title={detail ?? (data?.backend === 'emulator' ? 'Local emulator with demo data' : 'Instantly API')}
      style={{ textTransform: 'none' }}
    >
      {label}
      {ok ? '' : ' · offline'}
    </Badge>
  );
}
