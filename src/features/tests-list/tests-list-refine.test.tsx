import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import {
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../testing/components/render-with-emulator';
import { SavedViewLinks } from './saved-views/saved-view-links';
import { SAVED_VIEWS_KEY } from './saved-views/saved-views-store';
import { TestsListPage } from './tests-list-page';

let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));
beforeEach(() => localStorage.removeItem(SAVED_VIEWS_KEY));

async function allTests(): Promise<PlacementTest[]> {
  const res = await api.fetch('/api/v2/inbox-placement-tests?limit=100');
  return ((await res.json()) as { items: PlacementTest[] }).items;
}

const table = () => screen.findByRole('table', { name: 'Inbox placement tests' });

describe('sorts and filters the API does not have', () => {
  it('says a filter covers the tests loaded so far, and Load all makes it cover every test', async () => {
    const total = (await allTests()).length;
    const outside = (await allTests()).filter((t) => t.sending_method === 2).map((t) => t.name);
    expect(total).toBeGreaterThan(20);

    renderWithEmulator(<TestsListPage />, api, { path: '/tests?size=10&method=outside' });
    const scope = await screen.findByTestId('loaded-scope');
    await waitFor(() => expect(scope).toHaveTextContent('among the 10 tests loaded so far'));
    await userEvent.click(within(scope).getByRole('button', { name: 'Load all' }));
    await waitFor(
      () => expect(scope).toHaveTextContent(`among all ${total} tests: ${outside.length} shown`),
      { timeout: 20_000 },
    );
    const names = within(await table())
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names.sort()).toEqual([...outside].sort());
    expect(within(scope).queryByRole('button', { name: 'Load all' })).toBeNull();
  });

  it('finds tests by a sender domain, which the API name search cannot', async () => {
    const senders = (await allTests()).filter((t) => t.emails.some((e) => e.endsWith('@getacme.io')));
    expect(senders.length).toBeGreaterThan(0);
    renderWithEmulator(<TestsListPage />, api, { path: '/tests?size=100&q=getacme.io' });
    const rows = within(await table()).getAllByRole('link');
    await waitFor(() =>
      expect(rows.map((a) => a.textContent).sort()).toEqual(senders.map((t) => t.name).sort()),
    );
  });
});

describe('saved views', () => {
  it('names the current view, keeps it, and opens it from the sidebar; a bad name saves nothing', async () => {
    const { history } = renderWithEmulator(
      <>
        <nav aria-label="Main">
          <SavedViewLinks onNavigate={() => {}} />
        </nav>
        <TestsListPage />
      </>,
      api,
      { path: '/tests?below=80&sort=inbox-low' },
    );
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));
    const name = await screen.findByRole('textbox', { name: 'View name' });
    expect(name).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Give the view a name')).toBeInTheDocument();
    expect(localStorage.getItem(SAVED_VIEWS_KEY)).toBeNull();

    await userEvent.type(name, 'Below 80 %{Enter}');
    expect(await screen.findByText('Saved “Below 80 %”: it is in the sidebar.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const link = within(nav).getByRole('link', { name: 'Below 80 %' });
    expect(link).toHaveAttribute('href', '/tests?below=80&sort=inbox-low');

    // Another view, then back through the sidebar.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Not sending' }));
    expect(history.at(-1)).toBe('/tests?below=80&not-sending=1&sort=inbox-low');
    await userEvent.click(link);
    expect(history.at(-1)).toBe('/tests?below=80&sort=inbox-low');
    expect(screen.getByRole('checkbox', { name: 'Not sending' })).not.toBeChecked();

    await userEvent.click(within(nav).getByRole('button', { name: 'Delete saved view Below 80 %' }));
    expect(within(nav).queryByRole('link', { name: 'Below 80 %' })).toBeNull();
  });
});
