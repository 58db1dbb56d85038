import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestVia,
  emulatorPerTest,
  renderWithEmulator,
  type EmulatorApi,
} from '../../../../testing/components/render-with-emulator';
import { TestDetailPage } from '../test-detail-page';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));
let receiver: Server | undefined;
afterEach(() => new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined))));

const SCHEDULE = { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' as const };

/** A test with one rule, its edit drawer open on the Settings tab. */
async function openDrawer() {
  const created = await createTestVia(api, {
    type: 2,
    schedule: SCHEDULE,
    automations: [
      { when: { condition: 'placement_goes_below', condition_value: 70 }, then: { pause: true } },
    ],
  });
  const user = userEvent.setup();
  renderWithEmulator(<TestDetailPage testId={created.id} />, api, {
    path: `/tests/${created.id}?tab=settings`,
  });
  await user.click(await screen.findByRole('button', { name: 'Edit' }));
  const drawer = await screen.findByRole('dialog', { name: 'Edit test' });
  return { user, drawer, rule: within(drawer).getByRole('group', { name: 'Rule 1' }) };
}

describe('Send a test call', () => {
  it('send a test call to the webhook address and show how it answered', async () => {
    const bodies: { test: boolean; event: string }[] = [];
    receiver = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        bodies.push(JSON.parse(text) as (typeof bodies)[number]);
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
    const { user, rule } = await openDrawer();
    const button = within(rule).getByRole('button', { name: 'Send a test call for rule 1' });
    await user.clear(within(rule).getByRole('textbox', { name: 'Call a webhook' }));
    expect(button).toBeDisabled();
    await user.click(within(rule).getByRole('textbox', { name: 'Call a webhook' }));
    await user.paste(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/x`);
    await user.click(button);
    expect(
      await within(rule).findByText(/^Answered 204 in \d+ ms: the address accepts the rule’s calls\.$/),
    ).toBeInTheDocument();
    expect(bodies).toEqual([expect.objectContaining({ event: 'inbox_placement_automation', test: true })]);

    await user.clear(within(rule).getByRole('textbox', { name: 'Call a webhook' }));
    await user.type(within(rule).getByRole('textbox', { name: 'Call a webhook' }), 'ftp://example.com/x');
    await user.click(button);
    expect(
      await within(rule).findByText('No answer: Only http:// and https:// addresses can be called.'),
    ).toBeInTheDocument();
  });

  it('says a test without runs has nothing to try the rule on yet', async () => {
    const { rule } = await openDrawer();
    expect(
      await within(rule).findByText('There are no runs in this test’s history to try this rule on yet.'),
    ).toBeInTheDocument();
  });
});
