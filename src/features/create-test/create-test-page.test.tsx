import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestVia,
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../testing/components/render-with-emulator';
import { CreateTestPage } from './create-test-page';
import { DRAFT_KEY } from './draft/draft-storage';
import { defaultFormValues, type CreateTestFormValues } from './form-schema';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));
beforeEach(() => {
  window.localStorage.clear();
});
afterEach(() => {
  window.localStorage.clear();
});

const GOOGLE_PRO_US = { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' };

/** A finished one-time test waiting on Review (step 5 of 5), as a saved draft would hold it. */
function saveDraftOnReview(overrides: Partial<CreateTestFormValues> = {}) {
  const values: CreateTestFormValues = {
    ...defaultFormValues(),
    name: 'Drafted check',
    email_subject: 'Quarterly check-in',
    email_body: '<p>Hi there</p>',
    emails: ['jane.cooper@acme-outbound.com'],
    recipients_labels: [GOOGLE_PRO_US],
    ...overrides,
  };
  window.localStorage.setItem(
    DRAFT_KEY,
    JSON.stringify({ savedAt: new Date().toISOString(), step: 4, values }),
  );
}

const renderPage = () => renderWithEmulator(<CreateTestPage />, api, { path: '/tests/new' });
const stepHeading = (text: RegExp) => screen.findByRole('heading', { level: 3, name: text });
const posts = () =>
  api.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/v2/inbox-placement-tests'));
/** The test the saved draft describes, created behind the wizard's back (a late commit). */
const lateCreate = () =>
  createTestVia(api, {
    name: 'Drafted check',
    email_subject: 'Quarterly check-in',
    emails: ['jane.cooper@acme-outbound.com'],
    recipients_labels: [GOOGLE_PRO_US],
  });
/** The saved draft on Review, with `faults` set, and one click on "Create test". */
async function createFromReviewWith(faults: Record<string, unknown>) {
  const user = userEvent.setup();
  saveDraftOnReview();
  await api.control('faults', faults);
  const view = renderPage();
  await stepHeading(/Step 5 of 5: Review/);
  await user.click(screen.getByRole('button', { name: 'Create test' }));
  return { user, ...view };
}
const listTests = async () => {
  const res = await api.fetch('/api/v2/inbox-placement-tests?limit=100');
  return ((await res.json()) as { items: { id: string; name: string }[] }).items;
};

describe('step gating', () => {
  it('"Next" checks only the current step, and "Back" keeps what was typed', async () => {
    const user = userEvent.setup();
    renderPage();
    await stepHeading(/Step 1 of 5: Basics/);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Must not be empty');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Step 1 of 5: Basics');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Weekly Gmail check');
    await user.click(screen.getByRole('radio', { name: /Automated/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // Subject and body are still empty: the Content step is not checked yet.
    await stepHeading(/Step 2 of 7: Sending/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pick at least one sender account or tag');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Step 2 of 7: Sending');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await stepHeading(/Step 1 of 7: Basics/);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Weekly Gmail check');
    expect(screen.getByRole('radio', { name: /Automated/ })).toBeChecked();
  });

  it('the schedule step needs a weekday before it lets the user go on', async () => {
    const user = userEvent.setup();
    // Step 5 of an automated test is Schedule; the draft's weekdays are all off.
    saveDraftOnReview({ type: 2 });
    renderPage();
    await stepHeading(/Step 5 of 7: Schedule/);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pick at least one weekday');
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await stepHeading(/Step 6 of 7: Automations/);
  });
});

describe('creating', () => {
  it('a 400 naming a field is shown at that field, on its step, and nothing is created', async () => {
    const user = userEvent.setup();
    // The plan no longer offers this label (the draft is older than the plan change).
    const gone = { region: 'Asia', sub_region: 'JP', type: 'Professional', esp: 'Google' };
    saveDraftOnReview({ recipients_labels: [GOOGLE_PRO_US, gone] });
    renderPage();
    await stepHeading(/Step 5 of 5: Review/);
    await user.click(screen.getByRole('button', { name: 'Create test' }));

    await stepHeading(/Step 4 of 5: Recipients/);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Must be one of the email-service-provider-options/,
    );
    const stale = screen.getByRole('group', { name: 'Not in your plan’s options any more' });
    expect(within(stale).getByRole('checkbox', { name: 'Google Professional' })).toBeChecked();
    expect(await listTests()).toEqual([]);

    // Untick it and create: the same draft now goes through.
    await user.click(within(stale).getByRole('checkbox', { name: 'Google Professional' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Create test' }));
    await waitFor(async () => expect((await listTests()).map((t) => t.name)).toEqual(['Drafted check']));
  });

  it('a failure naming no field is shown above the buttons, and every value stays', async () => {
    await createFromReviewWith({ errorRate: 1, methods: ['POST'] });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The test was not created');
    expect(alert).toHaveTextContent('Instantly had a problem (500: Injected fault). Try again.');
    // A 500 may hide a create that went through, so the wizard asked before saying so.
    expect(alert).toHaveTextContent('Instantly has no test “Drafted check” from this try, so trying again will not make two.');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Step 5 of 5: Review');
    expect(screen.getByText('Drafted check')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create test' })).toBeEnabled();
    expect(JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? '{}').values.name).toBe('Drafted check');
  });

  it('two clicks before the button re-renders still send one POST; success opens the new test and clears the draft', async () => {
    saveDraftOnReview();
    await api.control('faults', { latencyMs: 200, methods: ['POST'] });
    const { history } = renderPage();
    await stepHeading(/Step 5 of 5: Review/);
    const create = screen.getByRole('button', { name: 'Create test' });
    // Both clicks land before React re-renders the button as disabled.
    act(() => {
      create.click();
      create.click();
    });

    await waitFor(() => expect(history.at(-1)).toMatch(/^\/tests\/[0-9a-f-]{36}$/));
    const posts = api.requests.filter(
      (r) => r.method === 'POST' && r.url.endsWith('/api/v2/inbox-placement-tests'),
    );
    expect(posts).toHaveLength(1);
    const tests = await listTests();
    expect(tests.map((t) => t.name)).toEqual(['Drafted check']);
    expect(history.at(-1)).toBe(`/tests/${tests[0]?.id}`);
    expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(await screen.findByText('“Drafted check” was created.')).toBeInTheDocument();
  });

  it('a create whose answer is lost after Instantly stored it opens the test it made, with one POST', async () => {
    const { history } = await createFromReviewWith({ errorRate: 1, errorAfterApplying: true, methods: ['POST'] });

    await waitFor(() => expect(history.at(-1)).toMatch(/^\/tests\/[0-9a-f-]{36}$/));
    const tests = await listTests();
    expect(tests.map((t) => t.name)).toEqual(['Drafted check']);
    expect(history.at(-1)).toBe(`/tests/${tests[0]?.id}`);
    expect(posts()).toHaveLength(1);
    expect(await screen.findByText(/we asked again and found it, so nothing was sent twice/)).toBeInTheDocument();
    expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('a try that lands after its 500 is found when the user clicks again, instead of being sent twice', async () => {
    const { user, history } = await createFromReviewWith({ errorRate: 1, methods: ['POST'] });
    expect(await screen.findByRole('alert')).toHaveTextContent('The test was not created');

    // The slow first try commits late (as a real API behind a timeout can).
    await api.control('faults');
    const late = await lateCreate();
    const postsBefore = posts().length;
    await user.click(screen.getByRole('button', { name: 'Create test' }));

    await waitFor(() => expect(history.at(-1)).toBe(`/tests/${late.id}`));
    expect(posts()).toHaveLength(postsBefore);
    expect((await listTests()).map((t) => t.name)).toEqual(['Drafted check']);
  });

  it('when the check itself fails, nothing is sent again until Instantly can say whether the test exists', async () => {
    const { user, history } = await createFromReviewWith({ errorRate: 1 });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not tell whether the test was created');
    expect(alert).toHaveTextContent('asking Instantly about it failed too. Instantly had a problem (500: Injected fault). Try again. Nothing was sent again.');
    await user.click(screen.getByRole('button', { name: 'Create test' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not tell whether the test was created');
    expect(posts()).toHaveLength(1);

    await api.control('faults');
    await user.click(screen.getByRole('button', { name: 'Create test' }));
    await waitFor(() => expect(history.at(-1)).toMatch(/^\/tests\/[0-9a-f-]{36}$/));
    expect(posts()).toHaveLength(2);
    expect((await listTests()).map((t) => t.name)).toEqual(['Drafted check']);
  });

  it('if the user changed the form after an unsure try that did create a test, it links to that test and the next click sends the new values', async () => {
    const { user } = await createFromReviewWith({ errorRate: 1, methods: ['POST'] });
    expect(await screen.findByRole('alert')).toHaveTextContent('The test was not created');
    await api.control('faults');
    const late = await lateCreate();

    await user.click(screen.getByRole('button', { name: 'Edit basics' }));
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Renamed check');
    for (let step = 0; step < 4; step++) await user.click(screen.getByRole('button', { name: 'Next' }));
    await stepHeading(/Step 5 of 5: Review/);
    await user.click(screen.getByRole('button', { name: 'Create test' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('An earlier try created a test');
    expect(within(alert).getByRole('link', { name: 'Open “Drafted check”' })).toHaveAttribute('href', `/tests/${late.id}`);
    const postsBefore = posts().length;
    await user.click(screen.getByRole('button', { name: 'Create test' }));
    await waitFor(async () => expect((await listTests()).map((t) => t.name).sort()).toEqual(['Drafted check', 'Renamed check']));
    expect(posts()).toHaveLength(postsBefore + 1);
  });
});
