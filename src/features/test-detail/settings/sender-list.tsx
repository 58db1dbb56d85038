import { Badge, Group, List, Text } from '@mantine/core';
import { ACCOUNT_STATUS_LABELS, isAccountUsable, type Account } from '../../../../core/contract/accounts';

/** The sending accounts, each with a warning when Instantly will skip it. */
export function SenderList({
  senders,
  accountOf,
}: {
  senders: string[];
  accountOf: (email: string) => Account | undefined;
}) {
  if (senders.length === 0) return <Text size="sm">None listed</Text>;
  return (
    <List size="sm" spacing={4} listStyleType="none" withPadding={false}>
      {senders.map((email) => {
        const account = accountOf(email);
        const skipped = account && !isAccountUsable(account);
        return (
          <List.Item key={email}>
            <Group gap={6} wrap="wrap">
              <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
                {email}
              </Text>
              {skipped && (
                <Badge size="sm" variant="dot" color="orange" tt="none">
                  {account.inbox_placement_test_limit === 0
                    ? 'Test limit 0: skipped'
                    : `${ACCOUNT_STATUS_LABELS[account.status ?? 0] ?? 'Not active'}: skipped`}
                </Badge>
              )}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
