import { Table, Text } from '@mantine/core';
import type { Comparison } from '../../../core/rules/compare';
import { AUTH_CHECK_NAMES, type AuthCheck } from '../../../core/rules/window-summary';
import { DeltaCell } from '../placement-test-ui/comparison/delta-cell';
import { CompareSection } from './compare-section';
import { WideTable } from './wide-table';

const CHECKS = Object.keys(AUTH_CHECK_NAMES) as AuthCheck[];

export function CompareAuth({ auth }: { auth: Comparison['auth'] }) {
  return (
    <CompareSection
      title="Authentication"
      hint="SPF, DKIM and DMARC pass rates of received emails, per sending domain."
    >
      {auth.length === 0 ? (
        <Text size="sm">No received emails carry authentication results yet.</Text>
      ) : (
        <WideTable label="Authentication pass rates" minWidth={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Sending domain</Table.Th>
              {CHECKS.map((c) => (
                <Table.Th key={c} ta="right">
                  {AUTH_CHECK_NAMES[c]}, A → B
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {auth.map((row) => (
              <Table.Tr key={row.domain}>
                <Table.Th scope="row" fw={500}>
                  {row.domain}
                </Table.Th>
                {CHECKS.map((c) => (
                  <DeltaCell key={c} a={row.rates[c].a} b={row.rates[c].b} higherIsBetter />
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </WideTable>
      )}
    </CompareSection>
  );
}
