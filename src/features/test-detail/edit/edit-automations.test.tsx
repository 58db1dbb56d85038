import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../../testing/components/render-with-emulator';
import { TestDetailPage } from '../test-detail-page';

let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));

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
});
