import { useRef, useState } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { getErrorMessage, isApiError } from '../../api/errors';
import { useCreatePlacementTest } from '../../api/placement-tests/mutations';
import type { PlacementTest } from '../../api/placement-tests/schemas';
import type { CreateTestFormValues } from './form-schema';
import { fieldErrorFromApiMessage } from '../../components/form/server-errors';
import { toCreateBody } from './to-create-body';

type Options = {
  form: UseFormReturn<CreateTestFormValues>;
  onCreated: (created: PlacementTest) => void;
  /** Show the step holding `field` and focus it. */
  showField: (field: string) => void;
};

/**
 * One click makes one test: the ref drops a second submit that lands before the button has
 * re-rendered as disabled, and the mutation is never retried (query-client.ts). On failure
 * every value stays; a 400 naming a field is shown there, anything else above the buttons.
 */
export function useCreateSubmit({ form, onCreated, showField }: Options) {
  const mutation = useCreatePlacementTest();
  const inFlight = useRef(false);
  const [formError, setFormError] = useState<string | null>(null);

  const send = (values: CreateTestFormValues) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setFormError(null);
    mutation.mutate(toCreateBody(values), {
      onSuccess: (created) => onCreated(created),
      onError: (error) => {
        inFlight.current = false;
        const mapped =
          isApiError(error, 400) && error.body ? fieldErrorFromApiMessage(error.body.message) : null;
        if (mapped) {
          form.setError(mapped.field as FieldPath<CreateTestFormValues>, {
            type: 'server',
            message: mapped.message,
          });
          showField(mapped.field);
        } else {
          setFormError(getErrorMessage(error));
        }
      },
    });
  };

  return { send, formError, clearFormError: () => setFormError(null), isPending: mutation.isPending };
}
