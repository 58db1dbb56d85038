import { Checkbox, type CheckboxProps } from '@mantine/core';
import { useController, type FieldPath, type FieldValues } from 'react-hook-form';
import { errorText } from './error-text';

type Props<T extends FieldValues> = Omit<
  CheckboxProps,
  'checked' | 'defaultChecked' | 'onChange' | 'name' | 'error'
> & {
  name: FieldPath<T>;
};

/** Mantine Checkbox bound to a boolean field (null and undefined read as unchecked). */
export function ControlledCheckbox<T extends FieldValues>({ name, ...props }: Props<T>) {
  const {
    field: { ref, ...field },
    fieldState,
  } = useController<T>({ name });
  return (
    <Checkbox
      {...props}
      ref={ref}
      name={field.name}
      checked={field.value === true}
      onChange={(event) => field.onChange(event.currentTarget.checked)}
      onBlur={field.onBlur}
      error={errorText(fieldState.error)}
    />
  );
}
