import './mantine-styles';
import { useEffect, useState } from 'react';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import { CreateTestWizard } from './create-test-wizard';
import { OutsideSuccessPanel } from './outside-success-panel';

/**
 * /tests/new. Tests sent from Instantly go straight to their page once created; a test sent
 * from outside first shows its code and seed addresses here, since the user must act on them.
 */
export function CreateTestPage() {
  const [created, setCreated] = useState<PlacementTest | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const previous = document.title;
    document.title = 'New test · Inbox placement';
    return () => {
      document.title = previous;
    };
  }, []);
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
  return <CreateTestWizard key={attempt} onCreatedOutside={setCreated} />;
}
