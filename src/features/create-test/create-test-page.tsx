import './mantine-styles';
import { useCallback, useEffect, useState } from 'react';
import { PLACEMENT_TEST_TYPES, type PlacementTest } from '../../../core/contract/placement-tests';
import { useSearchParams } from '../../components/use-search-params';
import { writeDraft } from './draft/draft-storage';
import { CopyGate } from './duplicate/copy-gate';
import type { CopyNote } from './duplicate/copy-notice';
import { copiedParts, copyValues } from './duplicate/copy-values';
import { CreateTestWizard } from './create-test-wizard';
import { OutsideSuccessPanel } from './outside-success-panel';

/**
 * /tests/new, or /tests/new?from=<id> to start from a copy of a test (Duplicate, Run again).
 * The copy becomes the wizard's draft and `from` leaves the address, so a reload keeps the
 * user's edits to the copy rather than copying again. Tests sent from Instantly go straight to their page once created; a test sent
 * from outside first shows its code and seed addresses here, since the user must act on them.
 */
export function CreateTestPage() {
  const [created, setCreated] = useState<PlacementTest | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [copy, setCopy] = useState<CopyNote | null>(null);
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const dropFrom = useCallback(
    () =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.delete('from');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const startFromCopy = useCallback(
    (source: PlacementTest) => {
      writeDraft({ savedAt: new Date().toISOString(), step: 0, values: copyValues(source) });
      setCopy({
        sourceName: source.name,
        again: source.type === PLACEMENT_TEST_TYPES.oneTime,
        parts: copiedParts(source),
      });
      setAttempt((n) => n + 1);
      dropFrom();
    },
    [dropFrom],
  );
  useEffect(() => {
    const previous = document.title;
    document.title = 'New test · Inbox placement';
    return () => {
      document.title = previous;
    };
  }, []);
  if (from) return <CopyGate id={from} onUse={startFromCopy} onKeepDraft={dropFrom} />;
  if (created) {
    return (
      <OutsideSuccessPanel
        placementTest={created}
        onCreateAnother={() => {
          setCreated(null);
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  return <CreateTestWizard key={attempt} copy={copy} onCreatedOutside={setCreated} />;
}
