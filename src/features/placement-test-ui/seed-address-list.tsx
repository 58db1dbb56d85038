import { Button, CopyButton, Group, Table, Text, Title } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import { pluralize } from '../../lib/format';
import { CopyValueButton } from '../../components/copy-value-button';

/** The seed inboxes an outside-sent test must reach, each with its own copy button. */
export function SeedAddressList({ addresses }: { addresses: string[] }) {
  // Unique: the list can show on the Results tab and in the wizard's success panel alike.
  const titleId = useId();
  return (
    <div>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id={titleId}>
          Seed addresses ({pluralize(addresses.length, 'address', 'addresses')})
        </Title>
        <CopyButton value={addresses.join('\n')}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" leftSection={<IconCopy size={14} aria-hidden />} onClick={copy}>
              {copied ? 'Copied all' : 'Copy all addresses'}
            </Button>
          )}
        </CopyButton>
      </Group>
      {addresses.length === 0 ? (
        <Text c="dimmed">Instantly returned no seed addresses for this test.</Text>
      ) : (
        <Table aria-labelledby={titleId} striped withTableBorder>
          <Table.Tbody>
            {addresses.map((address) => (
              <Table.Tr key={address}>
                <Table.Td ff="monospace" fz="sm" style={{ overflowWrap: 'anywhere' }}>
                  {address}
                </Table.Td>
                <Table.Td w={48}>
                  <CopyValueButton value={address} label={address} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
