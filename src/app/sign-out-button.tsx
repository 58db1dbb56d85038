import { ActionIcon } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { serverStatusQueries } from '../api/server-status/queries';

/** A plain form POST: the server clears the HttpOnly session cookie and shows the login page. */
export function SignOutButton() {
  const { data } = useQuery(serverStatusQueries.status());
  if (!data?.auth) return null;
  return (
    <form method="post" action="/logout">
      <ActionIcon type="submit" variant="default" size="lg" aria-label="Sign out" title="Sign out">
        <IconLogout size={18} aria-hidden />
      </ActionIcon>
    </form>
  );
}
