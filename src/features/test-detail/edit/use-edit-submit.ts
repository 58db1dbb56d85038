import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { getErrorMessage, isApiError } from '../../../api/errors';
import { usePatchPlacementTest } from '../../../api/placement-tests/mutations';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { fieldErrorFromApiMessage } from '../../placement-test-ui/server-errors';
import type { PatchPlacementTestBody } from '../../../../core/contract/placement-test-requests';
import { isEditField, toPatchBody, type EditFormValues } from './edit-form';

/**
 * Today's Instantly refuses `description` in PATCH (its schema has no such property; the seed
 * document allowed it, ADR 003): the other changes are saved without it, and the user is told.
 */
const DESCRIPTION_REFUSED = 'Instantly does not let a test’s description change after it is created.';
const refusesDescription = (error: unknown) =>
  isApiError(error, 400) && /additional propert.*description/i.test(error.body?.message ?? '');

/**
 * PATCH only what changed; the mutation hook updates the cached test so the page shows the
 * change at once. A 400 naming a field the drawer shows goes there, anything else above the
 * buttons; the values stay either way. A refused description is dropped and the rest saved.
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
    send(body);
  };

  const send = (body: PatchPlacementTestBody, keptDescription = false) =>
    mutation.mutate(
      { id: placementTest.id, body },
      {
        onSuccess: (updated) => {
          notifications.show({
            color: 'teal',
            message: keptDescription
              ? `Saved changes to “${updated.name}”. ${DESCRIPTION_REFUSED} It stays as it was.`
              : `Saved changes to “${updated.name}”.`,
          });
          onDone();
        },
        onError: (error) => {
          if (body.description !== undefined && refusesDescription(error)) {
            const { description: _refused, ...rest } = body;
            if (Object.keys(rest).length > 0) {
              // The 400 changed nothing, so sending the rest once more does nothing twice.
              send(rest, true);
            } else {
              form.setError('description', { type: 'server', message: DESCRIPTION_REFUSED }, { shouldFocus: true });
            }
            return;
          }
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

  return { submit, formError, isPending: mutation.isPending };
}
