import { Alert, Button, Drawer, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { AutomationFields } from '../../placement-test-ui/automation-fields/automation-fields';
import { ERROR_PROPS } from '../../../components/form/error-props';
import { errorText } from '../../../components/form/error-text';
import { ScheduleFields } from '../../placement-test-ui/schedule-fields/schedule-fields';
import { editResolver, toEditValues, type EditFormValues } from './edit-form';
import { useEditSubmit } from './use-edit-submit';

/**
 * Name, description, schedule and automations, through PATCH. On failure the drawer stays open
 * with every value kept and the API's message at its field or above the buttons.
 */
export function EditTestDrawer({
  opened,
  placementTest,
  onClose,
}: {
  opened: boolean;
  placementTest: PlacementTestDetail;
  onClose: () => void;
}) {
  const automated = placementTest.type === 2;
  const form = useForm<EditFormValues>({
    defaultValues: toEditValues(placementTest),
    resolver: editResolver(automated),
  });
  const { submit, formError, isPending } = useEditSubmit({ form, placementTest, onDone: onClose });
  const { register, formState, reset } = form;

  // Each opening starts from the test as it is now (it may have changed since the last edit).
  useEffect(() => {
    if (opened) reset(toEditValues(placementTest));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on opening, not on every refetch
  }, [opened, reset]);

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title="Edit test"
      position="right"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close edit drawer' }}
    >
      <FormProvider {...form}>
        <form onSubmit={form.handleSubmit(submit)} noValidate aria-label="Edit test">
          <Stack gap="lg">
            <TextInput
              {...register('name')}
              label="Name"
              withAsterisk
              autoComplete="off"
              error={errorText(formState.errors.name)}
              errorProps={ERROR_PROPS}
            />
            <Textarea
              {...register('description')}
              label="Description"
              autosize
              minRows={2}
              maxRows={6}
              error={errorText(formState.errors.description)}
              errorProps={ERROR_PROPS}
            />
            {automated && (
              <Stack gap="sm">
                <Title order={3} size="h5">
                  Schedule
                </Title>
                <ScheduleFields />
              </Stack>
            )}
            {automated && (
              <Stack gap="sm">
                <Title order={3} size="h5">
                  Automations
                </Title>
                <AutomationFields historyOf={{ id: placementTest.id, name: placementTest.name }} />
              </Stack>
            )}
            {formError && (
              <Alert color="red" role="alert" title="Could not save">
                {formError}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              {/* aria-disabled, not disabled: focus stays on the button while saving. */}
              <Button type="submit" loading={isPending} aria-disabled={isPending || undefined}>
                Save changes
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
    </Drawer>
  );
}
