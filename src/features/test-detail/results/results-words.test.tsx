import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createTestVia,
  emulatorPerTest,
  renderWithEmulator,
  type EmulatorApi,
} from '../../../../testing/components/render-with-emulator';
import { demoTestId } from '../../../../testing/components/demo-test-id';
import { LANDED_HEADING, RESULT_TERMS } from '../../../../core/rules/result-terms';
import { OUTSIDE_SENDING_HOW } from '../../placement-test-ui/outside-sending-help';
import { TestDetailPage } from '../test-detail-page';

let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));

const HOUR = 3_600_000;
const renderPage = (id: string, search = '') =>
  renderWithEmulator(<TestDetailPage testId={id} />, api, { path: `/tests/${id}${search}` });
const section = (name: string) => screen.findByRole('region', { name });
const seededId = (prefix: string) => demoTestId(api, prefix);
const placementColumn = (records: HTMLElement) =>
  within(records)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[3]?.textContent);

// The real detail page on the in-process emulator: slow on a busy 2-core machine.
describe('result words agree across the page', { timeout: 20_000 }, () => {
  it('a record not seen yet says “Still arriving” like Completeness, and not once the run is past its grace period', async () => {
    const created = await createTestVia(api, { name: 'Words check', emails: ['jane.cooper@acme-outbound.com'] });
    const view = renderPage(created.id);
    const completeness = await section('Completeness');
    expect(await within(completeness).findByText(/6 emails still arriving/)).toBeInTheDocument();
    const records = await screen.findByRole('table', { name: 'Records' });
    await waitFor(() => expect(placementColumn(records)).toHaveLength(6));
    expect(new Set(placementColumn(records))).toEqual(new Set([RESULT_TERMS.stillArriving.label]));
    expect(screen.queryByText(/Not received yet/)).not.toBeInTheDocument();
    view.unmount();

    // Past the grace period, what never came is missing, in both places (most arrive meanwhile).
    await api.control('clock', { advanceMs: 4 * HOUR });
    renderPage(created.id);
    const later = await screen.findByRole('table', { name: 'Records' });
    await waitFor(() => expect(placementColumn(later)).toHaveLength(6));
    expect(placementColumn(later)).not.toContain(RESULT_TERMS.stillArriving.label);
  });

  it('the page carries the glossary, each term with its one definition', async () => {
    renderPage(await seededId('Northwind domain recovery'));
    await section('Completeness');
    const glossary = screen.getByText('What these words mean').closest('details') as HTMLElement;
    for (const term of Object.values(RESULT_TERMS))
      expect(within(glossary).getByText(term.definition)).toBeInTheDocument();
  });

  it('the headline shows Landed (inbox + category tab), the figure the senders table uses', async () => {
    renderPage(await seededId('Northwind domain recovery'));
    const totals = await section('Placement totals');
    expect(await within(totals).findByText(LANDED_HEADING)).toBeInTheDocument();
    const senders = await section('Senders by provider');
    expect(within(senders).getByRole('columnheader', { name: RESULT_TERMS.landed.label })).toBeInTheDocument();
  });

  it('change deltas say better or worse with an arrow, not in grey alone', async () => {
    renderPage(await seededId('Northwind domain recovery'));
    const comparison = await screen.findByRole('table', { name: 'Placement change against the previous period' });
    const deltas = within(comparison).getAllByText(/pts \((better|worse)\), was/);
    expect(deltas.length).toBeGreaterThan(0);
    for (const delta of deltas) {
      const worse = /\(worse\)/.test(delta.textContent ?? '');
      expect(delta.textContent).toMatch(/^[▲▼] [+−]\d/);
      expect(delta.getAttribute('style') ?? '').toContain(worse ? 'red' : 'teal');
    }
  });

  it('an outside-Instantly test with no results shows its test code and seed list on the Results tab', async () => {
    renderPage(await seededId('Outside-Instantly relay test'));
    expect(await screen.findByRole('heading', { name: 'No results yet' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(OUTSIDE_SENDING_HOW.slice(0, 40)))).toBeInTheDocument();
    expect(screen.queryByText(/see Settings/)).not.toBeInTheDocument();
    expect(screen.getByTestId('test-code')).toHaveTextContent(/^ptid_/);
    expect(screen.getByRole('button', { name: 'Copy all addresses' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Seed addresses \(\d+ addresses\)$/ })).toBeInTheDocument();
  });
});
