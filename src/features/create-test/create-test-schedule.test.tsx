import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emulatorPerTest,
  renderWithEmulator,
  type EmulatorApi,
} from '../../../testing/components/render-with-emulator';
import { describeTimezoneMatch, matchInstantlyTimezone } from '../../../core/rules/timezone-choice';
import { CreateTestPage } from './create-test-page';
import { DRAFT_KEY } from './draft/draft-storage';
import { defaultFormValues, type CreateTestFormValues } from './form-schema';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));
beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

/** An automated test's draft on its Schedule step (step 5 of 7). */
function openScheduleStep(schedule: Partial<CreateTestFormValues['schedule']> = {}) {
  const base = defaultFormValues();
  const values: CreateTestFormValues = {
    ...base,
    type: 2,
    name: 'Weekly check',
    email_subject: 'Hello',
    email_body: '<p>Hi</p>',
    emails: ['jane.cooper@acme-outbound.com'],
    recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
    schedule: { ...base.schedule, days: { ...base.schedule.days, '2': true }, ...schedule },
  };
  window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: new Date().toISOString(), step: 4, values }));
  renderWithEmulator(<CreateTestPage />, api, { path: '/tests/new' });
  return screen.findByRole('heading', { level: 3, name: /Step 5 of 7: Schedule/ });
}

const savedSchedule = () =>
  (JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? '{}') as { values?: CreateTestFormValues }).values
    ?.schedule;

describe('the timezone field', { timeout: 20_000 }, () => {
  it.each([
    ['New York', /America\/Detroit · same clock as New York/],
    ['EST', /America\/Detroit · same clock as EST/],
    ['Germany', /Europe\/Belgrade · same clock as Berlin, Germany/],
    ['UTC-5', /America\/Chicago$/],
    ['Los Angeles', /America\/Creston · nearest to Los Angeles/],
  ])('finds a zone by what people type: “%s”', async (query, option) => {
    const user = userEvent.setup();
    await openScheduleStep();
    const box = screen.getByRole('combobox', { name: 'Timezone' });
    await user.clear(box);
    await user.type(box, query);
    expect(await screen.findByRole('option', { name: option })).toBeInTheDocument();
    expect(screen.queryByText(/No zone matches/)).not.toBeInTheDocument();
  });

  it('choosing a zone found by city stores Instantly’s id', async () => {
    const user = userEvent.setup();
    await openScheduleStep({ timezone: 'Asia/Kolkata' });
    const box = screen.getByRole('combobox', { name: 'Timezone' });
    await user.clear(box);
    await user.type(box, 'New York');
    await user.click(await screen.findByRole('option', { name: /America\/Detroit/ }));
    await waitFor(() => expect(savedSchedule()?.timezone).toBe('America/Detroit'));
  });

  it('says which zone the browser is on and what Instantly uses for it', async () => {
    await openScheduleStep();
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const sentence = describeTimezoneMatch(browser, matchInstantlyTimezone(browser, new Date()));
    // e.g. "Your browser is on Europe/London; Instantly's nearest is Europe/Isle_of_Man, on the same clock all year."
    expect(sentence).toMatch(/Instantly('s nearest is| accepts as| has no zone)/);
    expect(screen.getByText(sentence, { exact: false })).toBeInTheDocument();
  });
});

describe('the start time', { timeout: 20_000 }, () => {
  it('keeps minutes typed after clicking into the minutes box', async () => {
    const user = userEvent.setup();
    await openScheduleStep();
    const hours = screen.getByLabelText('Start time, hours');
    const minutes = screen.getByLabelText('Start time, minutes');
    await user.clear(hours);
    await user.type(hours, '14');
    await user.click(minutes);
    await user.type(minutes, '30');
    await user.tab();
    await waitFor(() => expect(savedSchedule()?.timing.from).toBe('14:30'));
    const runs = screen.getByRole('table', { name: /Next 5 runs/ });
    expect(within(runs).getAllByRole('row')[1]).toHaveTextContent('14:30');
  });
});
