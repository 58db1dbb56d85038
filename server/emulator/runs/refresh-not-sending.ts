import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { EmulatorStore } from '../store/store';
import { notSendingStatus } from './sender-state';

/**
 * Bring `not_sending_status` in line with the senders' state: for the tests given, or for every
 * active test sent from Instantly after a sender's state changed. Paused, completed and outside
 * tests lose the flag. Returns how many tests changed.
 */
export function refreshNotSending(store: EmulatorStore, tests?: PlacementTest[]): number {
  const states = store.pickers.senderStates();
  let changed = 0;
  store.transaction(() => {
    for (const test of tests ?? store.placementTests.sendingFromInstantly()) {
      const senders = [...new Set([...test.emails, ...store.pickers.accountEmailsTagged(test.tags ?? [])].map((e) => e.toLowerCase()))];
      const next = notSendingStatus(test, senders.map((email) => states.get(email)));
      if ((test.not_sending_status || null) === next) continue;
      store.placementTests.setNotSending(test.id, next);
      if (next) test.not_sending_status = next;
      else delete test.not_sending_status;
      changed += 1;
    }
  });
  return changed;
}
