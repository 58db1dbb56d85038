import './mantine-styles';
import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { useSearchParams } from '../../components/use-search-params';
import { parseCompare } from '../placement-test-ui/comparison/compare-url';
import { ComparisonReport, SingleReport } from './report-sources';

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Parsed =
  | { kind: 'single'; testId: string; run: string | null }
  | { kind: 'compare'; ref: ReturnType<typeof parseCompare> & { ok: true } }
  | { kind: 'bad'; problem: string };

function parse(params: URLSearchParams): Parsed {
  const test = params.get('test');
  if (test !== null) {
    const run = params.get('run');
    if (!ID.test(test)) return { kind: 'bad', problem: 'The test id is not one Instantly gives.' };
    if (run !== null && (!DATE.test(run) || Number.isNaN(Date.parse(run)))) {
      return { kind: 'bad', problem: `The run “${run.slice(0, 40)}” is not a date (YYYY-MM-DD).` };
    }
    return { kind: 'single', testId: test, run };
  }
  const compare = parseCompare(params);
  return compare.ok ? { kind: 'compare', ref: compare } : { kind: 'bad', problem: compare.problem };
}

/** `/report?test=…[&run=…]` or `/report?a=…&b=…`: the one-page client report (issue 19). */
export function ReportPage() {
  const [params] = useSearchParams();
  const parsed = parse(params);
  useEffect(() => {
    const previous = document.title;
    document.title = 'Client report · Inbox placement';
    return () => {
      document.title = previous;
    };
  }, []);
  const back =
    parsed.kind === 'single'
      ? {
          href: `/tests/${encodeURIComponent(parsed.testId)}${parsed.run ? `?window=${parsed.run}` : ''}`,
          label: 'Back to the test',
        }
      : parsed.kind === 'compare'
        ? { href: `/compare?${params.toString()}`, label: 'Back to the comparison' }
        : { href: '/tests', label: 'All tests' };
  return (
    <Stack gap="md">
      <Stack gap="xs" data-print-hide>
        <Anchor component={Link} href={back.href} size="sm" w="fit-content">
          <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: -2 }} /> {back.label}
        </Anchor>
        <Title order={1} size="h2">
          Client report
        </Title>
      </Stack>
      {parsed.kind === 'single' && <SingleReport testId={parsed.testId} run={parsed.run} />}
      {parsed.kind === 'compare' && <ComparisonReport compareRef={parsed.ref.ref} />}
      {parsed.kind === 'bad' && (
        <Alert color="red" variant="light" title="This report link cannot be read" data-print-hide>
          {parsed.problem} Open a test’s results and choose Client report.
        </Alert>
      )}
    </Stack>
  );
}
