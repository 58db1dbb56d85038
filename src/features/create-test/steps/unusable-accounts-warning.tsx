import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ACCOUNT_STATUS_LABELS, isAccountUsable, type Account } from '../../../../core/contract/accounts';
import { READABLE_ALERT_STYLES } from '../readable-alert';

export function accountStatusLabel(account: Account): string {
  if (account.status === 1 && account.inbox_placement_test_limit === 0) return 'No test allowance';
  return ACCOUNT_STATUS_LABELS[account.status ?? 0] ?? 'Unknown status';
}

/** Instantly silently drops paused and failing senders from a test (docs/product.md): say so first. */
export function UnusableAccountsWarning({ accounts }: { accounts: Account[] }) {
  const unusable = accounts.filter((a) => !isAccountUsable(a));
  if (unusable.length === 0) return null;
  return (
    <Alert
      styles={READABLE_ALERT_STYLES}
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title="Some senders will not send"
    >
      Instantly silently leaves paused or failing accounts out of a test. Resume or fix them in Instantly, or
      remove them here:
      <List size="sm" mt={4}>
        {unusable.map((a) => (
          <List.Item key={a.email}>
            {a.email}: {accountStatusLabel(a)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
