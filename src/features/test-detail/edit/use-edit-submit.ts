import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { getErrorMessage, isApiError } from '../../../api/errors';
import { usePatchPlacementTest } from '../../../api/placement-tests/mutations';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { fieldErrorFromApiMessage } from '../../placement-test-ui/server-errors';
import { isEditField, toPatchBody, type EditFormValues } from './edit-form';

/**
 * PATCH only what changed; the mutation hook updates the cached test so the page shows the
 * change at once. A 400 naming a field the drawer shows goes there, anything else above the
 * buttons; the values stay either way.
 */
export function useEditSubmit({
  form,
  placementTest,
  onDone,
}: {
  form: UseFormReturn<EditFormValues>;
  placementTest: PlacementTest;
  onDone: () => void;
}) {
  const mutation = usePatchPlacementTest();
  const [formError, setFormError] = useState<string | null>(null);
  const automated = placementTest.type === 2;

  const submit = (values: EditFormValues) => {
    if (mutation.isPending) return;
    setFormError(null);
    const body = toPatchBody(values, placementTest);
    if (!body) {
      onDone();
      return;
    }
    mutation.mutate(
      { id: placementTest.id, body },
      {
        onSuccess: (updated) => {
          notifications.show({ color: 'teal', message: `Saved changes to “${updated.name}”.` });
          onDone();
        },
        onError: (error) => {
          const mapped =
            isApiError(error, 400) && error.body ? fieldErrorFromApiMessage(error.body.message) : null;
          if (mapped && isEditField(mapped.field, automated)) {
            form.setError(
              mapped.field as FieldPath<EditFormValues>,
              { type: 'server', message: mapped.message },
              { shouldFocus: true },
            );
          } else {
            setFormError(getErrorMessage(error));
          }
        },
      },
    );
  };

  return { submit, formError, isPending: mutation.isPending };
}
