import './mantine-styles';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { useSearchParams } from '../../components/use-search-params';
import { compareSearch, parseCompare, type CompareRef } from '../placement-test-ui/comparison/compare-url';
import { CompareView } from './compare-view';

/** `/compare?a=…&b=…`: two runs or two tests side by side (issue 19). */
export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const parsed = parseCompare(params);
  useEffect(() => {
    const previous = document.title;
    document.title = 'Compare · Inbox placement';
    return () => {
      document.title = previous;
    };
  }, []);
  const change = (next: CompareRef) => setParams(new URLSearchParams(compareSearch(next)));
  return (
    <Stack gap="md">
      <Anchor component={Link} href="/tests" size="sm" w="fit-content">
        <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: -2 }} /> All tests
      </Anchor>
      <Stack gap={2}>
        <Title order={1} size="h2">
          Compare
        </Title>
        <Text size="sm" c="dimmed">
          Side A is the reference, side B the one compared with it: every change reads B against A.
        </Text>
      </Stack>
      {parsed.ok ? (
        <CompareView compareRef={parsed.ref} onChange={change} />
      ) : (
        <Alert color="red" variant="light" title="This comparison link cannot be read">
          {parsed.problem} Select two tests in the{' '}
          <Anchor component={Link} href="/tests" inherit>
            tests list
          </Anchor>{' '}
          and choose Compare, or pick a run to compare with on a test’s results.
        </Alert>
      )}
    </Stack>
  );
}
