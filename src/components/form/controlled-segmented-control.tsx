import { Input, SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import { useId } from 'react';
import { useController, type FieldPath, type FieldValues } from 'react-hook-form';
import { ERROR_PROPS } from './error-props';
import { errorText } from './error-text';

type Props<T extends FieldValues> = Omit<
  SegmentedControlProps,
  'value' | 'defaultValue' | 'onChange' | 'name'
> & {
  name: FieldPath<T>;
  label: string;
  description?: string;
};

/** SegmentedControl (a radiogroup) with a visible label, bound to a string field. */
export function ControlledSegmentedControl<T extends FieldValues>({
  name,
  label,
  description,
  ...props
}: Props<T>) {
  const {
    field: { ref, ...field },
    fieldState,
  } = useController<T>({ name });
  const labelId = useId();
  return (
    <Input.Wrapper
      label={label}
      labelElement="div"
      labelProps={{ id: labelId }}
      description={description}
      error={errorText(fieldState.error)}
      errorProps={ERROR_PROPS}
    >
      {/* In its own block: SegmentedControl is inline-flex and would sit beside the label. */}
      <div>
        <SegmentedControl
          {...props}
          ref={ref}
          name={field.name}
          aria-labelledby={labelId}
          value={String(field.value ?? '')}
          onChange={(value) => field.onChange(value)}
          mt={description ? 4 : 2}
        />
      </div>
    </Input.Wrapper>
  );
}
