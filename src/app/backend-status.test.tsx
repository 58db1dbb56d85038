import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { configureHttp } from '../api/http';
import { emulatorPerTest, renderWithEmulator, type EmulatorApi } from '../../testing/components/render-with-emulator';
import { BackendStatus } from './backend-status';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));

describe('BackendStatus', () => {
  // Injected faults play a failing API for the app's own calls; the badge asks whether the
  // emulator is there, so they do not turn it (one injected 500 is not an outage, ADR 014).
  // Errors and refused access come from Instantly itself: server/app.test.ts, e2e/upstream-security.
  it.each([
    [undefined, 'Emulator: connected', 'Emulator'],
    [{ errorRate: 1 }, 'Emulator: connected', 'Emulator'],
    [{ rateLimitRate: 1 }, 'Emulator: connected', 'Emulator'],
    [{ paymentRequiredRate: 1 }, 'Emulator: connected', 'Emulator'],
  ])('with faults %o the header says "%s"', async (faults, spoken, shown) => {
    if (faults) await api.control('faults', faults);
    renderWithEmulator(<BackendStatus />, api);
    const badge = await screen.findByRole('status', { name: spoken });
    expect(badge).toHaveTextContent(shown);
  });

  it('says "not answering" when our own server cannot be reached', async () => {
    configureHttp({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    renderWithEmulator(<BackendStatus />, api);
    expect(await screen.findByRole('status', { name: 'Server: not answering' })).toHaveTextContent('Server · offline');
  });
});
