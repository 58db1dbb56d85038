import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../../testing/components/render-with-emulator';
import { demoTestId } from '../../../../testing/components/demo-test-id';
import { TestDetailPage } from '../test-detail-page';

/** "What to fix first" and the links to the evidence, on the demo's real runs. */
let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));

const seededId = (prefix: string) => demoTestId(api, prefix);
const renderPage = async (prefix: string, search = '') => {
  const id = await seededId(prefix);
  return renderWithEmulator(<TestDetailPage testId={id} />, api, { path: `/tests/${id}${search}` });
};
const findings = async () => {
  const panel = await screen.findByRole('region', { name: 'What to fix first' });
  const list = await within(panel).findByRole('list', { name: 'Findings, costliest first' });
  return within(list).getAllByRole('listitem');
};

describe('What to fix first', () => {
  it('ranks the Northwind run: the listings, DMARC, the content score, the spam-bound sender, the silent senders', async () => {
    await renderPage('Agency client: Northwind');
    const items = await findings();
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^5 listsnorthwind-mail.co and its IP 198.51.100.23 are on 5 major blacklists: Spamhaus ZEN, Spamhaus DBL, Barracuda, SpamCop and SURBL\./),
      expect.stringMatching(/^0%DMARC passes for 0% of northwind-mail.co's received emails/),
      expect.stringMatching(/^11.1SpamAssassin scores the email from northwind-mail.co 11.1, .*BAYES_99 \(\+3.5\) and URIBL_DBL_SPAM \(\+2.5\)/),
      expect.stringMatching(/^\d+%alex@northwind-mail.co lands \d+% at Microsoft/),
      expect.stringMatching(/^\d+%alex@northwind-mail.co lands \d+% at Google/),
    ]);
    // The sixth, silent senders, waits behind "Show all".
    await userEvent.click(screen.getByRole('button', { name: 'Show all 6 findings' }));
    expect((await findings())[5]!.textContent).toMatch(/^2 of 3.*dana@northwind-mail.co and lee@northwind-mail.co/);
  });

  it("a finding's link filters the records to its proof and puts the filter in the address", async () => {
    const user = userEvent.setup();
    const { history } = await renderPage('Agency client: Northwind');
    const microsoft = (await findings())[3]!;
    const [, landed, spam, received] = microsoft.textContent!.match(/lands (\d+)% at Microsoft: (\d+) of (\d+)/)!;
    await user.click(within(microsoft).getByRole('link', { name: "alex@northwind-mail.co's emails to Microsoft" }));
    expect(history.at(-1)).toMatch(/[?&]esp=2&sender=alex%40northwind-mail.co$/);
    const records = screen.getByRole('region', { name: 'Records' });
    expect(within(records).getByLabelText('Sender', { selector: 'input' })).toHaveValue('alex@northwind-mail.co');
    const rows = await within(records).findAllByRole('row');
    const bodyRows = rows.slice(1);
    expect(bodyRows.length).toBeGreaterThanOrEqual(Number(received));
    expect(bodyRows.every((row) => row.textContent!.includes('Microsoft'))).toBe(true);
    expect(bodyRows.filter((row) => within(row).queryByText('Spam'))).toHaveLength(Number(spam));
    expect(Number(landed)).toBe(Math.round((100 * (Number(received) - Number(spam))) / Number(received)));
  });

  it("opens a failing domain's records from the authentication finding", async () => {
    const user = userEvent.setup();
    await renderPage('Agency client: Northwind');
    await user.click(within((await findings())[1]!).getByRole('link', { name: 'Authentication of northwind-mail.co' }));
    const auth = screen.getByRole('region', { name: 'Authentication' });
    expect(within(auth).getByRole('button', { name: /^Hide \d+ failed records$/ })).toHaveAttribute('aria-expanded', 'true');
  });

  it('says in one line that a healthy run has nothing to fix', async () => {
    await renderPage('Pre-send check — Partner program launch');
    const panel = await screen.findByRole('region', { name: 'What to fix first' });
    expect(await within(panel).findByText(/^Nothing to fix: every sender lands 80% or more at every provider/)).toBeInTheDocument();
  });

  it('links every sender × provider cell to its records', async () => {
    const user = userEvent.setup();
    const { history } = await renderPage('Agency client: Northwind');
    const matrix = await screen.findByRole('table', { name: 'Senders by recipient provider' });
    const cell = await within(matrix).findByRole('link', { name: /^alex@northwind-mail.co at Google: \d+% landed, \d+ of \d+ received. Show 12 records$/ });
    expect(cell).toHaveAttribute('href', expect.stringMatching(/esp=1&sender=alex%40northwind-mail.co#records$/));
    await user.click(cell);
    expect(history.at(-1)).toMatch(/esp=1&sender=alex%40northwind-mail.co$/);
    const placement = screen.getByRole('table', { name: 'Placement by provider' });
    await user.click(within(placement).getByRole('link', { name: /^Microsoft: show \d+ records$/ }));
    expect(history.at(-1)).toMatch(/\?window=[^&]+&esp=2$|\?esp=2$/);
  });
});
