import { Box, Table, Text, VisuallyHidden } from '@mantine/core';
import type { SetDiff, SetupDiff } from '../../../core/rules/setup-diff';
import { CompareSection } from './compare-section';
import { WideTable } from './wide-table';

function Changed({ changed }: { changed: boolean }) {
  return changed ? (
    <Text span size="xs" fw={700}>
      ● changed
    </Text>
  ) : (
    <Text span size="xs" c="dimmed">
      same
    </Text>
  );
}

function SetChanges({ diff, empty }: { diff: SetDiff; empty: string }) {
  if (diff.added.length + diff.removed.length === 0) return <>{diff.kept.join(', ') || empty}</>;
  return (
    <>
      {diff.removed.length > 0 && <Text size="sm">Only on A: {diff.removed.join(', ')}</Text>}
      {diff.added.length > 0 && <Text size="sm">Only on B: {diff.added.join(', ')}</Text>}
      {diff.kept.length > 0 && (
        <Text size="sm" c="dimmed">
          On both: {diff.kept.join(', ')}
        </Text>
      )}
    </>
  );
}

/** The body as text, words taken out struck through and words put in underlined, each named. */
function BodyDiff({ parts }: { parts: SetupDiff['body'] }) {
  return (
    <Box fz="xs" ff="monospace" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del
            key={i}
            style={{
              background: 'light-dark(var(--mantine-color-red-0), rgb(250 82 82 / 0.15))',
              color: 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-2))',
            }}
          >
            <VisuallyHidden>[only on A: </VisuallyHidden>
            {part.text}
            <VisuallyHidden>]</VisuallyHidden>
          </del>
        ) : (
          <ins
            key={i}
            style={{
              background: 'light-dark(var(--mantine-color-teal-0), rgb(18 184 134 / 0.15))',
              color: 'light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-2))',
            }}
          >
            <VisuallyHidden>[only on B: </VisuallyHidden>
            {part.text}
            <VisuallyHidden>]</VisuallyHidden>
          </ins>
        ),
      )}
    </Box>
  );
}

export function CompareSetup({ setup }: { setup: SetupDiff }) {
  const is = (key: SetupDiff['changed'][number]) => setup.changed.includes(key);
  const pair = (a: string, b: string) => (a === b ? a : `A: ${a} · B: ${b}`);
  const rows = [
    { key: 'subject', label: 'Subject', value: pair(setup.subject.a, setup.subject.b) },
    { key: 'body', label: 'Body', value: <BodyDiff parts={setup.body} /> },
    { key: 'senders', label: 'Senders', value: <SetChanges diff={setup.senders} empty="None listed" /> },
    { key: 'seeds', label: 'Seed labels', value: <SetChanges diff={setup.seeds} empty="None" /> },
    { key: 'deliveryMode', label: 'Delivery mode', value: pair(setup.deliveryMode.a, setup.deliveryMode.b) },
    {
      key: 'textOnly',
      label: 'Text only',
      value: pair(setup.textOnly.a ? 'Yes' : 'No', setup.textOnly.b ? 'Yes' : 'No'),
    },
  ] as const;
  return (
    <CompareSection title="Setup" hint="The tests’ settings today: the API keeps no copy of each run’s.">
      <WideTable label="Setup differences" minWidth={560}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" w={140} style={{ verticalAlign: 'top' }}>
                {row.label}
                <br />
                <Changed changed={is(row.key)} />
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </WideTable>
    </CompareSection>
  );
}
