import { Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormProvider, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useLocation } from 'wouter';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import { DraftNotice } from './draft/draft-notice';
import { CopyNotice, type CopyNote } from './duplicate/copy-notice';
import { readDraft } from './draft/draft-storage';
import { firstError } from './first-error';
import { createTestResolver, defaultFormValues, type CreateTestFormValues } from './form-schema';
import { StepContent } from './steps/step-content';
import { useCreateSubmit } from './use-create-submit';
import { useDraftAutosave } from './draft/use-draft-autosave';
import { useLeaveGuard } from './draft/use-leave-guard';
import { WizardNav } from './wizard-nav';
import { WizardStepper } from './wizard-stepper';
import { REVIEW_STEP, stepOfField, visibleSteps, type StepId } from './wizard-steps';

type Path = FieldPath<CreateTestFormValues>;

/** One form across all steps; "Next" validates the current step only; "Back" keeps everything. */
export function CreateTestWizard({
  onCreatedOutside,
  copy,
}: {
  onCreatedOutside: (created: PlacementTest) => void;
  /** Set when the draft was just filled from another test (duplicate/copy-gate.tsx). */
  copy?: CopyNote | null;
}) {
  const [, navigate] = useLocation();
  const [initial] = useState(() => readDraft());
  const [restored, setRestored] = useState(initial !== null);
  const form = useForm<CreateTestFormValues>({
    defaultValues: initial?.values ?? defaultFormValues(),
    resolver: createTestResolver,
    mode: 'onTouched',
  });
  const type = useWatch({ control: form.control, name: 'type' });
  const steps = visibleSteps(type);
  const [stepIndex, setStepIndex] = useState(initial?.step ?? 0);
  const index = Math.max(0, Math.min(stepIndex, steps.length - 1));
  const step = steps[index] ?? REVIEW_STEP;
  const draft = useDraftAutosave(form, index, initial !== null);
  const guard = useLeaveGuard(draft.hasDraft);

  // Focus follows the step: its heading, or the field a server error named.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusRequest, setFocusRequest] = useState<{ field?: string } | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.field) form.setFocus(focusRequest.field as Path);
    if (!focusRequest.field || document.activeElement === document.body) headingRef.current?.focus();
  }, [focusRequest, form]);

  const goTo = (target: number, field?: string) => {
    setStepIndex(target);
    setFocusRequest({ field });
  };
  const goToStep = (id: StepId, field?: string) =>
    goTo(
      Math.max(
        0,
        steps.findIndex((s) => s.id === id),
      ),
      field,
    );

  const submit = useCreateSubmit({
    form,
    showField: (field) => goToStep(stepOfField(field) ?? 'review', field),
    onCreated: (created, how) => {
      const replace = guard.bypass();
      draft.end();
      notifications.show({
        color: 'teal',
        title: 'Test created',
        message:
          how === 'found'
            ? `“${created.name}” was created. Instantly’s answer was lost on the way back; we asked again and found it, so nothing was sent twice.`
            : `“${created.name}” was created.`,
      });
      if (created.sending_method === 2) onCreatedOutside(created);
      else navigate(`/tests/${created.id}`, { replace });
    },
  });

  const next = async () => {
    if (await form.trigger(step.fields as Path[], { shouldFocus: true })) goTo(index + 1);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (step.id !== 'review') {
      event.preventDefault();
      void next();
      return;
    }
    void form.handleSubmit(submit.send, (errors) => {
      const found = firstError(errors, type);
      if (found) goToStep(found.step, found.field);
    })(event);
  };
  const discard = () => {
    draft.end(() => form.reset(defaultFormValues()));
    draft.resume();
    setRestored(false);
    submit.reset();
    goTo(0);
  };

  return (
    <Stack gap="lg" maw={1040}>
      <Title order={2}>New test</Title>
      {restored && initial && copy && <CopyNotice note={copy} onDiscard={discard} />}
      {restored && initial && !copy && <DraftNotice savedAt={initial.savedAt} onDiscard={discard} />}
      <WizardStepper steps={steps} active={index} onSelect={(i) => i < index && goTo(i)} />
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate aria-labelledby="wizard-step-title">
          <Stack gap="lg">
            <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
              <Title
                order={3}
                id="wizard-step-title"
                ref={headingRef}
                tabIndex={-1}
                mb="md"
                style={{ outlineOffset: 4 }}
              >
                Step {index + 1} of {steps.length}: {step.label}
              </Title>
              <StepContent step={step.id} onEdit={(id) => goToStep(id)} />
            </Paper>
            <WizardNav
              isFirst={index === 0}
              isLast={step.id === 'review'}
              pending={submit.isPending || form.formState.isSubmitting}
              failure={submit.failure}
              savedAt={draft.savedAt}
              onBack={() => goTo(index - 1)}
            />
          </Stack>
        </form>
      </FormProvider>
      {guard.dialog}
    </Stack>
  );
}
