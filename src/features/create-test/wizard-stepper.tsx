import { Stepper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { WizardStep } from './wizard-steps';

/** Where the user is; earlier steps can be revisited, later ones only through "Next". */
export function WizardStepper({
  steps,
  active,
  onSelect,
}: {
  steps: WizardStep[];
  active: number;
  onSelect: (index: number) => void;
}) {
  // Below these widths the labels would wrap the stepper onto two rows (the navbar takes 220px).
  const narrow = useMediaQuery(steps.length > 5 ? '(max-width: 80em)' : '(max-width: 68em)');
  return (
    <Stepper
      active={active}
      onStepClick={onSelect}
      allowNextStepsSelect={false}
      size="sm"
      iconSize={narrow ? 28 : 34}
      aria-label="Steps"
      styles={
        narrow
          ? {
              // Labels stay for screen readers; on small screens the heading below names the step.
              stepBody: {
                position: 'absolute',
                width: 1,
                height: 1,
                overflow: 'hidden',
                clipPath: 'inset(50%)',
                whiteSpace: 'nowrap',
              },
              separator: { marginInline: 4 },
            }
          : undefined
      }
    >
      {steps.map((step) => (
        // Seven steps with descriptions would wrap onto two rows; labels alone fit.
        <Stepper.Step
          key={step.id}
          label={step.label}
          description={steps.length > 5 ? undefined : step.description}
        />
      ))}
    </Stepper>
  );
}
