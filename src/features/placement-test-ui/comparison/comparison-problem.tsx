import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import type { ComparisonState } from './use-comparison';

/**
 * Why a comparison (on the compare page, or its client report) cannot be drawn: a call that
 * failed, with a retry, or a side with no run to read. Null while it loads and once it is ready.
 */
export function comparisonProblem(result: ComparisonState, purpose: 'compare' | 'report'): ReactNode | null {
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
      <Alert color="yellow" variant="light" title={`Side ${result.side} has no results to ${purpose}`}>
        “{result.placementTest.name}” has not sent a run yet
        {result.sameTest ? ', or has only one run' : ''}.{' '}
        {purpose === 'compare' ? 'Pick another test or run for it above.' : 'Pick a test with results.'}
      </Alert>
    );
  }
  return null;
}
