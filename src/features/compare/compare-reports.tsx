import { Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { Comparison, RuleChange } from '../../../core/rules/compare';
import type { Listing } from '../../../core/rules/window-summary';
import { SPAM_ASSASSIN_THRESHOLD } from '../../../core/contract/reports';
import { DeltaCell } from '../placement-test-ui/comparison/delta-cell';
import { CompareSection } from './compare-section';
import { WideTable } from './wide-table';

const points = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(1));

function Listings({ title, items, color }: { title: string; items: Listing[]; color: string }) {
  return (
    <Stack gap={4} miw={0}>
      <Group gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Badge variant="light" color={color}>
          {items.length}
        </Badge>
      </Group>
      {items.length > 0 && (
        <List size="sm" spacing={2} style={{ overflowWrap: 'anywhere' }}>
          {items.map((l) => (
            <List.Item key={`${l.domain}|${l.target}|${l.address}|${l.blacklist}`}>
              {l.target === 'ip' ? `IP ${l.address} (${l.domain})` : `Domain ${l.address}`} on {l.blacklist}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

export function CompareListings({ listings }: { listings: Comparison['listings'] }) {
  return (
    <CompareSection title="Blacklist listings" hint="From each sending domain’s newest report in the run.">
      <Group align="flex-start" gap="xl">
        <Listings title="Added on B" items={listings.added} color="red" />
        <Listings title="Cleared on B" items={listings.removed} color="teal" />
        <Listings title="Listed on both" items={listings.kept} color="gray" />
      </Group>
    </CompareSection>
  );
}

const RULE_GROUPS = [
  { key: 'appeared', title: 'Appeared on B' },
  { key: 'disappeared', title: 'Gone on B' },
  { key: 'changed', title: 'Changed points' },
] as const;

/** One row per rule, its name first (the column that stays put when the table scrolls). */
function RuleRows({ title, rules }: { title: string; rules: RuleChange[] }) {
  return rules.map((rule) => (
    <Table.Tr key={`${title}-${rule.name}`}>
      <Table.Th scope="row" fw={500} ff="monospace" fz="xs" style={{ overflowWrap: 'anywhere' }}>
        {rule.name}
      </Table.Th>
      <Table.Td fw={500}>{title}</Table.Td>
      <Table.Td>{rule.description}</Table.Td>
      <DeltaCell a={rule.a} b={rule.b} higherIsBetter={false} format={points} unit="" />
    </Table.Tr>
  ));
}

export function CompareSpamAssassin({ spamAssassin }: { spamAssassin: Comparison['spamAssassin'] }) {
  const { appeared, disappeared, changed } = spamAssassin;
  const any = appeared.length + disappeared.length + changed.length > 0;
  return (
    <CompareSection
      title="SpamAssassin"
      hint={`The highest score of the run’s sending domains; ${SPAM_ASSASSIN_THRESHOLD} or more reads as spam. Lower is better.`}
    >
      <WideTable label="SpamAssassin score" minWidth={280}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">Score, A → B</Table.Th>
            <DeltaCell
              a={spamAssassin.score.a}
              b={spamAssassin.score.b}
              higherIsBetter={false}
              format={points}
              unit=""
            />
          </Table.Tr>
        </Table.Tbody>
      </WideTable>
      {any ? (
        <WideTable label="SpamAssassin rules that changed" minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rule</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th>Meaning</Table.Th>
              <Table.Th ta="right">Points, A → B</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {RULE_GROUPS.map(({ key, title }) => (
              <RuleRows key={key} title={title} rules={spamAssassin[key]} />
            ))}
          </Table.Tbody>
        </WideTable>
      ) : (
        <Text size="sm">The same rules fired on both sides, for the same points.</Text>
      )}
    </CompareSection>
  );
}
