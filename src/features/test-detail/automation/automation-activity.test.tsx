import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createTestVia,
  emulatorPerTest,
  renderWithEmulator,
  type EmulatorApi,
} from '../../../../testing/components/render-with-emulator';
import { TestDetailPage } from '../test-detail-page';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));

const HOUR = 3_600_000;
const SCHEDULE = { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' as const };

describe('automation activity on the test page', () => {
  it('lists a rule that fired, says the test was paused by it, and why', async () => {
    await api.control('accounts', { email: 'alex@acme-outbound.com' });
    const created = await createTestVia(api, {
      name: 'Drop watch',
      type: 2,
      schedule: SCHEDULE,
      run_immediately: true,
      automations: [
        { when: { condition: 'placement_goes_above', condition_value: 0 }, then: { pause: true } },
        { when: { condition: 'added_to_blacklists', condition_value: null }, then: { pause: true } },
      ],
    });
    await api.control('clock', { advanceMs: 4 * HOUR });
    renderWithEmulator(<TestDetailPage testId={created.id} />, api, { path: `/tests/${created.id}` });

    const reason = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(reason).toHaveTextContent(
      /^Paused by an automationRule 1 · Inbox placement goes above 0% fired on run 1: inbox [\d.]+% > 0%\./,
    );
    const activity = await screen.findByRole('region', { name: 'Automation activity' });
    const item = await within(activity).findByRole('listitem', {
      name: 'Rule 1 · Inbox placement goes above 0%, run 1',
    });
    expect(item).toHaveTextContent('Paused the test');
    // The blacklist rule has no earlier run to compare with: it did not fire.
    expect(within(activity).getAllByRole('listitem', { name: /^Rule/ })).toHaveLength(1);
  });

  it('says no rule has fired while the run is still arriving', async () => {
    await api.control('accounts', { email: 'alex@acme-outbound.com' });
    const created = await createTestVia(api, {
      name: 'Quiet so far',
      automations: [
        { when: { condition: 'placement_goes_below', condition_value: 50 }, then: { pause: true } },
      ],
    });
    renderWithEmulator(<TestDetailPage testId={created.id} />, api, { path: `/tests/${created.id}` });
    const activity = await screen.findByRole('region', { name: 'Automation activity' }, { timeout: 15_000 });
    expect(
      await within(activity).findByText(
        'No rule has fired yet. Rules are checked once each run’s results are final.',
      ),
    ).toBeInTheDocument();
  });
});
