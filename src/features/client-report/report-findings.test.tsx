import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../testing/components/render-with-emulator';
import { demoTestId } from '../../../testing/components/demo-test-id';
import { ReportPage } from './report-page';

/** The report's "What to fix first": the test page's findings, on the demo's real runs. */
let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));

const seededId = (prefix: string) => demoTestId(api, prefix);
const renderReport = async (prefix: string) => {
  const id = await seededId(prefix);
  return renderWithEmulator(<ReportPage />, api, { path: `/report?test=${id}` });
};
const findingsSection = async () => {
  const report = await screen.findByRole('article', { name: 'Client report' }, { timeout: 10_000 });
  return within(report).findByRole('region', { name: 'What to fix first' });
};

describe('the client report’s What to fix first', () => {
  it('lists the Northwind run’s blacklisting first, then DMARC, each in one sentence with its figure', async () => {
    await renderReport('Agency client: Northwind');
    const items = within(await findingsSection()).getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(
      /^northwind-mail\.co and its IP 198\.51\.100\.23 are on 5 major blacklists: Spamhaus ZEN, Spamhaus DBL, Barracuda, SpamCop and SURBL\./,
    );
    expect(items[1]!.textContent).toMatch(/^DMARC passes for 0% of northwind-mail\.co's received emails/);
    // The tagged senders that sent nothing count as on the test page: the report lists all six.
    expect(items).toHaveLength(6);
    // Redaction is on by default: the silent senders show cut short.
    expect(items[5]!.textContent).toMatch(/^2 of 3 senders sent nothing \(d•••@northwind-mail\.co and l•••@northwind-mail\.co\)/);
  });

  it('says in one line that a healthy run has nothing to fix', async () => {
    await renderReport('Pre-send check — Partner program launch');
    const section = await findingsSection();
    expect(within(section).queryByRole('listitem')).toBeNull();
    expect(section).toHaveTextContent(/^What to fix firstNothing to fix: every sender lands 80% or more at every provider/);
  });
});
