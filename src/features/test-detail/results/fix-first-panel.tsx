import { Badge, Button, Group, List, Skeleton, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { HEALTHY_LINE, type Finding, type FindingTarget } from '../../../../core/rules/fix-first';
import { useSearchParams } from '../../../components/use-search-params';
import { SectionCard } from '../section-card';
import { NO_FILTER, withRecordsFilter } from './records-filter';
import { SectionLink } from './section-link';

/** How many findings show before "Show all": the first few are what to fix this week. */
const SHOWN = 5;
const SEVERITY_COLOR: Record<Finding['severity'], string> = { high: 'red', medium: 'orange', low: 'gray' };

export type FixFirstState =
  | { state: 'loading' }
  | { state: 'nothing-received' }
  | { state: 'unavailable' }
  | { state: 'ranked'; findings: Finding[]; partial: boolean; reportsMissing: boolean };

/** The window's findings, costliest first (ADR 018), each with its figure and a link to the proof. */
export function FixFirstPanel({ result }: { result: FixFirstState }) {
  const [showAll, setShowAll] = useState(false);
  return (
    <SectionCard
      id="fix-first"
      title="What to fix first"
      description="The problems in these results, ranked by how much placement they cost."
    >
      {result.state === 'loading' ? (
        <Skeleton h={96} />
      ) : result.state === 'unavailable' ? (
        <Text size="sm">The findings need the records, which did not load: see below.</Text>
      ) : result.state === 'nothing-received' ? (
        <Text size="sm">Findings appear here once the first emails are received.</Text>
      ) : result.findings.length === 0 && !result.reportsMissing ? (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconCircleCheck size={20} color="var(--mantine-color-teal-6)" aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm">{HEALTHY_LINE}</Text>
        </Group>
      ) : (
        <Stack gap="xs">
          {(result.partial || result.reportsMissing) && (
            <Text size="sm" c="dimmed">
              {result.partial ? 'Ranked from the emails received so far. ' : ''}
              {result.reportsMissing ? 'The blacklist and SpamAssassin reports did not load: their findings are missing.' : ''}
            </Text>
          )}
          <List type="ordered" spacing="sm" aria-label="Findings, costliest first">
            {(showAll ? result.findings : result.findings.slice(0, SHOWN)).map((finding) => (
              <List.Item key={`${finding.kind}|${JSON.stringify(finding.target)}`}>
                <FindingItem finding={finding} />
              </List.Item>
            ))}
          </List>
          {result.findings.length > SHOWN && (
            <Button variant="subtle" size="xs" w="fit-content" onClick={() => setShowAll(!showAll)}>
              {showAll ? 'Show the first five' : `Show all ${result.findings.length} findings`}
            </Button>
          )}
        </Stack>
      )}
    </SectionCard>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const [current] = useSearchParams();
  return (
    <Group gap="xs" align="baseline" wrap="nowrap">
      <Badge color={SEVERITY_COLOR[finding.severity]} variant="light" tt="none" miw={64} style={{ flexShrink: 0 }}>
        {finding.figure}
      </Badge>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {finding.sentence}{' '}
        <SectionLink section={sectionOf(finding.target)} params={paramsFor(current, finding.target)} size="sm">
          {finding.action}
        </SectionLink>
      </Text>
    </Group>
  );
}

const sectionOf = (target: FindingTarget) => target.section;

/** The address of a finding's proof: its records filtered, or that domain's failures opened. */
function paramsFor(current: URLSearchParams, target: FindingTarget): URLSearchParams {
  if (target.section === 'records')
    return withRecordsFilter(current, { ...NO_FILTER, sender: target.sender, esp: [String(target.esp)] });
  if (target.section === 'authentication') {
    const next = new URLSearchParams(current);
    next.set('auth', target.domain);
    return next;
  }
  return current;
}
