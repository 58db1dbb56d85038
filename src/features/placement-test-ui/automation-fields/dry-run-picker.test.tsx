import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import {
  createTestVia,
  emulatorPerTest,
  renderWithEmulator,
  type EmulatorApi,
} from '../../../../testing/components/render-with-emulator';
import { AutomationFields } from './automation-fields';
import { emptyAutomationRule, type AutomationFieldValues } from './automation-rule';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));

function Form({ children }: { children: ReactNode }) {
  const form = useForm<AutomationFieldValues>({
    defaultValues: {
      automations: [
        { ...emptyAutomationRule(), condition: 'placement_goes_above', condition_value: 0, pause: true },
      ],
    },
  });
  return <FormProvider {...form}>{children}</FormProvider>;
}

describe('the dry run of a new test’s rules', () => {
  it('replays each rule over the runs of an existing test the user picks', async () => {
    await api.control('accounts', { email: 'alex@acme-outbound.com' });
    await createTestVia(api, { name: 'Last week’s check' });
    await api.control('clock', { advanceMs: 4 * 3_600_000 });
    const user = userEvent.setup();
    renderWithEmulator(
      <Form>
        <AutomationFields />
      </Form>,
      api,
    );
    expect(screen.queryByText('Dry run:')).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Try the rules on the runs of' }));
    await user.click(await screen.findByRole('option', { name: 'Last week’s check' }));
    expect(
      await screen.findByText(
        /^Over “Last week’s check”’s only run this rule would have fired on run 1 \(inbox [\d.]+% > 0%\)\.$/,
      ),
    ).toBeInTheDocument();
  });
});
