import { Skeleton, Stack } from '@mantine/core';
import { DIMENSIONS, DIMENSION_NAMES } from '../../../core/rules/window-summary';
import type { CompareRef } from '../placement-test-ui/comparison/compare-url';
import { useComparison } from '../placement-test-ui/comparison/use-comparison';
import { comparisonProblem } from '../placement-test-ui/comparison/comparison-problem';
import { CompareAuth } from './compare-auth';
import { ComparePickers } from './compare-pickers';
import { CompareHeadline } from './compare-headline';
import { PlacementRows } from './compare-placement';
import { CompareListings, CompareSpamAssassin } from './compare-reports';
import { CompareSection } from './compare-section';
import { CompareSenders } from './compare-senders';
import { CompareSetup } from './compare-setup';

export function CompareView({
  compareRef,
  onChange,
}: {
  compareRef: CompareRef;
  onChange: (next: CompareRef) => void;
}) {
  const result = useComparison(compareRef);
  const ready = result.state === 'ready' ? result : null;
  const pickers = (
    <ComparePickers
      compareRef={compareRef}
      truncated={{ a: ready?.a.truncated ?? false, b: ready?.b.truncated ?? false }}
      onChange={onChange}
    />
  );
  const problem = comparisonProblem(result, 'compare');
  if (!ready) {
    return (
      <Stack gap="md">
        {pickers}
        {problem ?? (
          <Stack gap="md" aria-busy="true" aria-label="Loading the comparison">
            <Skeleton h={160} />
            <Skeleton h={240} />
          </Stack>
        )}
      </Stack>
    );
  }
  const { comparison } = ready;
  return (
    <Stack gap="md">
      {pickers}
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
