import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { serverStatusQueries } from '../api/server-status/queries';
import type { ServerStatus } from '../../core/contract/server-status';
import { getErrorMessage } from '../api/errors';
import classes from './backend-status.module.css';

type State = ServerStatus['state'];

/** Per state: the dot's colour, what the badge adds after the name, and what it says in full. */
const LOOKS: Record<State, { color: string; suffix: string; spoken: string }> = {
  connected: { color: 'teal', suffix: '', spoken: 'connected' },
  // Reachable but failing some calls (a 500, rate limiting): each screen says what failed.
  errors: { color: 'yellow', suffix: ' · errors', spoken: 'answering with errors' },
  refused: { color: 'red', suffix: ' · no access', spoken: 'access refused' },
  down: { color: 'red', suffix: ' · offline', spoken: 'not answering' },
};

/** Which backend the dashboard talks to (Emulator or Instantly) and whether it answers. */
export function BackendStatus() {
  const { data, error, isPending } = useQuery(serverStatusQueries.status());
  if (isPending) {
    return (
      <Badge variant="light" color="gray" className={classes.badge} aria-live="polite">
        Connecting…
      </Badge>
    );
  }
  // Our own server not answering is "down" too.
  const state: State = error || !data ? 'down' : data.state;
  const look = LOOKS[state];
  const label = data?.workspace ? `${data.label} · ${data.workspace.name}` : (data?.label ?? 'Server');
  const detail = error ? getErrorMessage(error) : data?.message;
  return (
    <Badge
      variant="dot"
      color={look.color}
      className={classes.badge}
      role="status"
      aria-label={`${label}: ${look.spoken}`}
      // A native title, not a Tooltip: it keeps the positioning library off the first route.
      title={detail ?? (data?.backend === 'emulator' ? 'Local emulator with demo data' : 'Instantly API')}
    >
      {label}
      {look.suffix}
    </Badge>
  );
}
