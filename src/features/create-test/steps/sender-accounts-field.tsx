import { Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { accountQueries } from '../../../api/accounts/queries';
import { isAccountUsable, type Account } from '../../../../core/contract/accounts';
import { ControlledMultiSelect } from '../../../components/form/controlled-multi-select';
import { searchAlso } from '../../../components/form/search-also';
import type { CreateTestFormValues } from '../form-schema';
import { PickerLoadError } from './picker-load-error';
import { accountStatusLabel, UnusableAccountsWarning } from './unusable-accounts-warning';

/** "Jane Cooper", or "" when Instantly has no name for the account. */
function accountName(a: Account | undefined): string {
  return [a?.first_name, a?.last_name].filter(Boolean).join(' ').trim();
}

function toGroups(accounts: Account[]) {
  const option = (a: Account) => ({ value: a.email, label: a.email });
  const ready = accounts.filter(isAccountUsable).map(option);
  const dropped = accounts.filter((a) => !isAccountUsable(a)).map(option);
  return [
    { group: 'Ready to send', items: ready },
    { group: 'Paused or failing (Instantly skips these)', items: dropped },
  ].filter((g) => g.items.length > 0);
}

/** Sending accounts from GET /accounts, each with its status; warns about ones Instantly drops. */
export function SenderAccountsField() {
  const accounts = useQuery(accountQueries.picker());
  const selected = useWatch<CreateTestFormValues, 'emails'>({ name: 'emails' });
  const tags = useWatch<CreateTestFormValues, 'tags'>({ name: 'tags' });
  const byEmail = new Map((accounts.data?.items ?? []).map((a) => [a.email, a]));
  const placeholder = accounts.isPending
    ? 'Loading accounts…'
    : selected.length
      ? undefined
      : 'Search by email or name';
  return (
    <>
      <ControlledMultiSelect<CreateTestFormValues>
        name="emails"
        label="Sender accounts"
        // A test needs a sender: accounts are required unless a sender tag brings some.
        required={!tags?.length}
        aria-required={!tags?.length}
        description="The mailboxes that send the test. Pick accounts, tags, or both: at least one."
        placeholder={placeholder}
        data={toGroups(accounts.data?.items ?? [])}
        filter={searchAlso((email) => accountName(byEmail.get(email)))}
        searchable
        clearable
        hidePickedOptions={false}
        nothingFoundMessage={accounts.isPending ? 'Loading…' : 'No account matches'}
        maxDropdownHeight={300}
        renderOption={({ option }) => {
          const account = byEmail.get(option.value);
          const usable = account ? isAccountUsable(account) : true;
          const name = accountName(account);
          return (
            <Group gap="xs" justify="space-between" wrap="nowrap" w="100%">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" truncate>
                  {option.label}
                </Text>
                {name && (
                  <Text size="xs" c="dimmed" truncate>
                    {name}
                  </Text>
                )}
              </div>
              <Badge
                size="sm"
                variant="light"
                color={usable ? 'teal' : 'orange'}
                style={{ flexShrink: 0 }}
                // The tinted badge keeps its colour; its text keeps AA contrast.
                styles={{ label: { color: 'var(--mantine-color-text)' } }}
              >
                {account ? accountStatusLabel(account) : ''}
              </Badge>
            </Group>
          );
        }}
      />
      <PickerLoadError title="Accounts could not be loaded" query={accounts} />
      {accounts.data?.truncated && (
        <Text size="xs" c="dimmed">
          Only the first {accounts.data.items.length} accounts are listed.
        </Text>
      )}
      <UnusableAccountsWarning
        accounts={selected.map((email) => byEmail.get(email)).filter((a) => a !== undefined)}
      />
    </>
  );
}
