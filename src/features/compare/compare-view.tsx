import { Alert, Skeleton, Stack } from '@mantine/core';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { DIMENSIONS, DIMENSION_NAMES } from '../../../core/rules/window-summary';
import type { CompareRef } from '../placement-test-ui/comparison/compare-url';
import { useComparison } from '../placement-test-ui/comparison/use-comparison';
import { CompareAuth } from './compare-auth';
import { CompareHeadline } from './compare-headline';
import { PlacementRows } from './compare-placement';
import { CompareListings, CompareSpamAssassin } from './compare-reports';
import { CompareSection } from './compare-section';
import { CompareSenders } from './compare-senders';
import { CompareSetup } from './compare-setup';
import { CompareSides } from './compare-sides';

export function CompareView({
  compareRef,
  onChange,
}: {
  compareRef: CompareRef;
  onChange: (next: CompareRef) => void;
}) {
  const result = useComparison(compareRef);
  if (result.state === 'loading') {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading the comparison">
        <Skeleton h={120} />
        <Skeleton h={160} />
        <Skeleton h={240} />
      </Stack>
    );
  }
  if (result.state === 'error') {
    return (
      <QueryErrorAlert
        title={result.title}
        error={result.error}
        retrying={result.retrying}
        onRetry={result.retry}
      />
    );
  }
  if (result.state === 'no-run') {
    return (
      <Alert color="yellow" variant="light" title={`Side ${result.side} has no results to compare`}>
        “{result.placementTest.name}” has not sent a run yet
        {compareRef.a.testId === compareRef.b.testId ? ', or has only one run' : ''}. Pick a test with
        results.
      </Alert>
    );
  }
  const { comparison, a, b } = result;
  return (
    <Stack gap="md">
      <CompareSides compareRef={compareRef} a={a} b={b} onChange={onChange} />
      <CompareHeadline comparison={comparison} />
      <CompareSection
        title="Placement"
        hint="Shares of received emails, A → B, by the seed inboxes’ provider, region and type."
      >
        {DIMENSIONS.map((d) => (
          <PlacementRows
            key={d}
            title={`By ${DIMENSION_NAMES[d].toLowerCase()}`}
            rows={comparison.placement[d]}
            firstColumn={DIMENSION_NAMES[d]}
          />
        ))}
      </CompareSection>
      <CompareSenders senders={comparison.senders} />
      <CompareAuth auth={comparison.auth} />
      <CompareListings listings={comparison.listings} />
      <CompareSpamAssassin spamAssassin={comparison.spamAssassin} />
      <CompareSetup setup={comparison.setup} />
    </Stack>
  );
}
