import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { configureHttp } from '../api/http';
import { emulatorPerTest, renderWithEmulator, type EmulatorApi } from '../../testing/components/render-with-emulator';
import { BackendStatus } from './backend-status';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));

describe('BackendStatus', () => {
  it.each([
    [undefined, 'Emulator: connected', 'Emulator'],
    [{ errorRate: 1 }, 'Emulator: answering with errors', 'Emulator · errors'],
    [{ rateLimitRate: 1 }, 'Emulator: answering with errors', 'Emulator · errors'],
    [{ paymentRequiredRate: 1 }, 'Emulator: access refused', 'Emulator · no access'],
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
