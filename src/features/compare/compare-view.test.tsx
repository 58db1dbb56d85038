import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../testing/components/render-with-emulator';
import { demoTestId } from '../../../testing/components/demo-test-id';
import { ComparePage } from './compare-page';

/** The compare page on the demo's "Tracking domain swap" pair: the same email but for one link. */
let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));

const BEFORE = 'Tracking domain swap — before';
const AFTER = 'Tracking domain swap — after';

const renderCompare = async () => {
  const before = await demoTestId(api, BEFORE);
  const after = await demoTestId(api, AFTER);
  const rendered = renderWithEmulator(<ComparePage />, api, { path: `/compare?a=${before}&b=${after}` });
  await screen.findByTestId('compare-headline', {}, { timeout: 10_000 });
  return { ...rendered, before, after };
};

const cellText = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent ?? '');

describe('compare “before” with “after”', () => {
  it('says what changed, in the figures the tables below show, and what it points to', async () => {
    await renderCompare();
    const totals = within(screen.getByRole('region', { name: 'Totals' })).getByRole('row', { name: /^All seeds/ });
    const [inbox = '', , spam = ''] = cellText(totals);
    // Each cell reads "81% → 80%▼ −0.8 pts (worse)": the pair, then the change.
    const pair = (cell: string) => cell.match(/^(\d+%) → (\d+%)/)!.slice(1, 3) as [string, string];
    const [inboxA, inboxB] = pair(inbox);
    const [spamA, spamB] = pair(spam);
    const moved = (a: string, b: string) =>
      a === b ? `held at ${b}` : `${parseFloat(b) > parseFloat(a) ? 'rose' : 'fell'} \\d+\\.\\d pts \\(${a} → ${b}\\)`;
    const headline = screen.getByTestId('compare-headline');
    expect(headline).toHaveTextContent(
      new RegExp(`^Inbox placement ${moved(inboxA, inboxB)} and spam ${moved(spamA, spamB)}[;.]`),
    );
    // When both sides have a SpamAssassin score that differs, the sentence says which way it went.
    const [scores = ''] = cellText(
      within(screen.getByRole('region', { name: 'SpamAssassin score' })).getByRole('row'),
    );
    const score = scores.match(/^(-?\d+\.\d) → (-?\d+\.\d)/);
    if (score && score[1] !== score[2]) {
      const [, a, b] = score;
      const verb = parseFloat(b!) > parseFloat(a!) ? 'rose' : 'fell';
      expect(headline).toHaveTextContent(`SpamAssassin score ${verb} from ${a} to ${b}`);
    }
    expect(screen.getByRole('alert', { name: 'What it points to' })).toHaveTextContent(
      'Same senders and seeds; only the body changed: content.',
    );
  });

  it('shows that only the body differs: the short link taken out, the own-domain link put in', async () => {
    await renderCompare();
    const setup = screen.getByRole('region', { name: 'Setup differences' });
    const rows = within(setup).getAllByRole('row');
    const changed = rows.filter((row) => within(row).queryByText('● changed'));
    expect(changed.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Body● changed']);
    expect(rows.filter((row) => within(row).queryByText('same'))).toHaveLength(5);
    const body = within(changed[0]!);
    expect(body.getByRole('deletion')).toHaveTextContent('[only on A: <a href="https://bit.ly/acme-bench">]');
    expect(body.getByRole('insertion')).toHaveTextContent(
      '[only on B: <a href="https://go.acme-outbound.com/bench">]',
    );
    expect(within(setup).getByRole('row', { name: /^Subject/ })).toHaveTextContent('Idea for your Q3 pipeline');
  });

  it('picks another test and one of its runs for a side, each kept in the address', async () => {
    const user = userEvent.setup();
    const { history, before } = await renderCompare();
    const northwind = await demoTestId(api, 'Blacklist watch — Northwind');

    await user.click(screen.getByRole('combobox', { name: 'Right side test' }));
    await user.clear(screen.getByRole('combobox', { name: 'Right side test' }));
    await user.type(screen.getByRole('combobox', { name: 'Right side test' }), 'blacklist watch');
    await user.click(await screen.findByRole('option', { name: 'Blacklist watch — Northwind' }));
    expect(history.at(-1)).toBe(`/compare?a=${before}&b=${northwind}`);
    const sideB = screen.getByRole('region', { name: 'Side B' });
    expect(await within(sideB).findByRole('link', { name: 'Blacklist watch — Northwind' })).toBeInTheDocument();

    // Its newest run is the default; the run picker offers its older runs too.
    const runPicker = within(sideB).getByRole('combobox', { name: 'Right side run' });
    await within(sideB).findByDisplayValue(/^Latest run \(/);
    await user.click(runPicker);
    const runs = await screen.findAllByRole('option');
    const [latest = '', newest = '', ...older] = runs.map((o) => o.textContent ?? '');
    expect(latest).toBe(`Latest run (${newest})`);
    expect(older.length).toBeGreaterThan(0);
    const oldest = runs.at(-1)!;
    const oldestLabel = oldest.textContent!;
    await user.click(oldest);
    expect(history.at(-1)).toMatch(new RegExp(`^/compare\\?a=${before}&b=${northwind}&b_run=\\d{4}-\\d{2}-\\d{2}$`));
    expect(runPicker).toHaveValue(oldestLabel);
    expect(await screen.findByTestId('compare-headline', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('a side with no run says so, and the picker above it changes that side', async () => {
    const user = userEvent.setup();
    const before = await demoTestId(api, BEFORE);
    const after = await demoTestId(api, AFTER);
    const unsent = await demoTestId(api, 'Re-engagement sequence pre-flight');
    const { history } = renderWithEmulator(<ComparePage />, api, { path: `/compare?a=${before}&b=${unsent}` });
    const alert = await screen.findByRole('alert', { name: 'Side B has no results to compare' }, { timeout: 10_000 });
    expect(alert).toHaveTextContent(
      '“Re-engagement sequence pre-flight” has not sent a run yet. Pick another test or run for it above.',
    );
    expect(screen.getByRole('combobox', { name: 'Right side run' })).toBeDisabled();

    const picker = screen.getByRole('combobox', { name: 'Right side test' });
    await user.click(picker);
    await user.clear(picker);
    await user.type(picker, 'swap — after');
    await user.click(await screen.findByRole('option', { name: AFTER }));
    expect(history.at(-1)).toBe(`/compare?a=${before}&b=${after}`);
    expect(await screen.findByTestId('compare-headline', {}, { timeout: 10_000 })).toHaveTextContent(/^Inbox placement /);
    expect(screen.queryByRole('alert', { name: /has no results to compare$/ })).toBeNull();
  });
});
