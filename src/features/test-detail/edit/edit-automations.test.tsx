import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../../testing/components/render-with-emulator';
import { TestDetailPage } from '../test-detail-page';

let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));
let receiver: Server | undefined;
afterEach(() => new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined))));

/** The demo's weekly Acme test: six runs of history and a placement rule. */
async function openDrawer() {
  const res = await api.fetch(
    `/api/v2/inbox-placement-tests?search=${encodeURIComponent('Weekly Gmail check')}`,
  );
  const [demo] = ((await res.json()) as { items: { id: string }[] }).items;
  const user = userEvent.setup();
  // The Settings tab: the drawer is the subject, not the results page behind it.
  renderWithEmulator(<TestDetailPage testId={demo!.id} />, api, { path: `/tests/${demo!.id}?tab=settings` });
  await user.click(await screen.findByRole('button', { name: 'Edit' }));
  const drawer = await screen.findByRole('dialog', { name: 'Edit test' });
  return { user, drawer, rule: within(drawer).getByRole('group', { name: 'Rule 1' }) };
}

describe('automation rules in the edit drawer', () => {
  it('try the rule on the test’s own runs as it is edited (the dry run)', async () => {
    const { user, rule } = await openDrawer();
    const threshold = within(rule).getByRole('textbox', { name: 'Placement (%)' });
    await user.clear(threshold);
    await user.type(threshold, '0');
    expect(
      await within(rule).findByText('Over this test’s last 6 runs this rule would not have fired.'),
    ).toBeInTheDocument();

    // Mantine's Select labels its list too: the first is the input.
    await user.click(within(rule).getAllByLabelText('When')[0]!);
    await user.click(await screen.findByRole('option', { name: 'Inbox placement goes above' }));
    expect(
      await within(rule).findByText(
        /^Over this test’s last 6 runs this rule would have fired on runs 1, 2, 3, 4, 5 and 6 \(inbox [\d.]+%.* > 0%\)\.$/,
      ),
    ).toBeInTheDocument();
  });

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
    await user.type(
      within(rule).getByRole('textbox', { name: 'Call a webhook' }),
      `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/x`,
    );
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
});
