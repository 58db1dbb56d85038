import { Button, Collapse, Table, Text } from '@mantine/core';
import { useSearchParams } from '../../../components/use-search-params';
import type { AnalyticsRecord } from '../../../../core/contract/analytics';
import { formatPercent, pluralize } from '../../../lib/format';
import { ScrollRegion } from '../../../components/scroll-region';
import { SectionCard } from '../section-card';
import { AuthFailures } from './auth-failures';
import { AUTH_CHECKS, AUTH_LABELS, authByDomain, passRate, type PassCount } from '../../../lib/results/auth-summary';

const rateColor = (count: PassCount) => {
  const rate = passRate(count);
  return rate === null || rate >= 98
    ? undefined
    : rate >= 90
      ? 'var(--mantine-color-orange-light)'
      : 'var(--mantine-color-red-light)';
};

/** SPF / DKIM / DMARC pass rates per sending domain, and the raw failure text on demand. */
export function AuthPanel({ records }: { records: AnalyticsRecord[] }) {
  const domains = authByDomain(records);
  // Which domain's failures are open is in the address (`?auth=`): "What to fix first" links to it.
  const [params, setParams] = useSearchParams();
  const open = params.get('auth');
  const setOpen = (domain: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (domain) next.set('auth', domain);
        else next.delete('auth');
        return next;
      },
      { replace: true },
    );
  return (
    <SectionCard
      id="authentication"
      title="Authentication"
      description="Pass rates per sending domain over the received emails, worst first."
    >
      {domains.length === 0 ? (
        <Text size="sm">No emails received yet.</Text>
      ) : (
        <ScrollRegion label="Authentication table" minWidth={520}>
          <Table fz="sm" aria-label="Authentication per sending domain">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Domain</Table.Th>
                {AUTH_CHECKS.map((check) => (
                  <Table.Th key={check} scope="col" ta="right">
                    {AUTH_LABELS[check]}
                  </Table.Th>
                ))}
                <Table.Th scope="col">Failures</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {domains.map((d) => (
                <DomainRows
                  key={d.domain}
                  domain={d}
                  open={open === d.domain}
                  onToggle={() => setOpen(open === d.domain ? null : d.domain)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </SectionCard>
  );
}

function DomainRows({
  domain: d,
  open,
  onToggle,
}: {
  domain: ReturnType<typeof authByDomain>[number];
  open: boolean;
  onToggle: () => void;
}) {
  const panelId = `auth-failures-${d.domain.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <>
      <Table.Tr>
        <Table.Th scope="row" fw={500}>
          {d.domain}
        </Table.Th>
        {AUTH_CHECKS.map((check) => (
          <Table.Td key={check} ta="right" style={{ background: rateColor(d.checks[check]) }}>
            {formatPercent(passRate(d.checks[check]), 1)}
          </Table.Td>
        ))}
        <Table.Td>
          {d.failures.length === 0 ? (
            'None'
          ) : (
            <Button
              variant="default"
              size="compact-sm"
              onClick={onToggle}
              aria-expanded={open}
              aria-controls={panelId}
            >
              {open ? 'Hide' : 'Show'} {pluralize(d.failures.length, 'failed record')}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {d.failures.length > 0 && (
        <Table.Tr style={open ? undefined : { display: 'none' }}>
          <Table.Td colSpan={AUTH_CHECKS.length + 2} p={0}>
            <Collapse expanded={open} id={panelId}>
              <div style={{ padding: 'var(--mantine-spacing-sm)' }}>
                {open && <AuthFailures failures={d.failures} />}
              </div>
            </Collapse>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
