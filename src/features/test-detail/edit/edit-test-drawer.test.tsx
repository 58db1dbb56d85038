import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createTestVia,
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../../testing/components/render-with-emulator';
import { TestDetailPage } from '../test-detail-page';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));

const SCHEDULE = { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' as const };
const stored = async (id: string) => (await api.fetch(`/api/v2/inbox-placement-tests/${id}`)).json();

async function openDrawer(name: string) {
  const created = await createTestVia(api, { name, type: 2, schedule: SCHEDULE });
  const user = userEvent.setup();
  renderWithEmulator(<TestDetailPage testId={created.id} />, api, { path: `/tests/${created.id}` });
  await user.click(await screen.findByRole('button', { name: 'Edit' }));
  const drawer = await screen.findByRole('dialog', { name: 'Edit test' });
  return { created, user, drawer };
}

describe('the edit drawer', () => {
  it('saves a new name and schedule through PATCH, closes, and the page shows them at once', async () => {
    const { created, user, drawer } = await openDrawer('Weekly check');
    const name = within(drawer).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Weekly check v2');
    await user.click(within(drawer).getByRole('checkbox', { name: 'Wednesday' }));
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Weekly check v2' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit test' })).not.toBeInTheDocument());
    expect(await screen.findByText('Saved changes to “Weekly check v2”.')).toBeInTheDocument();
    const saved = await stored(created.id);
    expect(saved).toMatchObject({
      name: 'Weekly check v2',
      schedule: { days: { '1': true, '3': true }, timing: { from: '09:00' } },
    });
  });

  it('keeps the drawer open with every value and the API message when the PATCH fails', async () => {
    const { created, user, drawer } = await openDrawer('Keep my edit');
    const name = within(drawer).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Edited but failing');
    await api.control('faults', { errorRate: 1, methods: ['PATCH'] });
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));

    const alert = await within(drawer).findByRole('alert');
    expect(alert).toHaveTextContent('Could not save');
    expect(alert).toHaveTextContent('Instantly had a problem (500: Injected fault). Try again.');
    expect(within(drawer).getByRole('textbox', { name: 'Name' })).toHaveValue('Edited but failing');
    expect((await stored(created.id)).name).toBe('Keep my edit');
  });

  it('checks the fields before sending anything', async () => {
    const { created, user, drawer } = await openDrawer('Validated');
    await user.clear(within(drawer).getByRole('textbox', { name: 'Name' }));
    await user.click(within(drawer).getByRole('checkbox', { name: 'Monday' }));
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    expect(await within(drawer).findByText('Pick at least one weekday')).toBeInTheDocument();
    expect(within(drawer).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/empty/i);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    expect((await stored(created.id)).name).toBe('Validated');
  });
});
