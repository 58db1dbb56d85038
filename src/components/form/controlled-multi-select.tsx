import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useController, type FieldPath, type FieldValues } from 'react-hook-form';
import { ERROR_PROPS } from './error-props';
import { errorText } from './error-text';

type Props<T extends FieldValues> = Omit<
  MultiSelectProps,
  'value' | 'defaultValue' | 'onChange' | 'name' | 'error'
> & {
  name: FieldPath<T>;
};

/** Mantine MultiSelect bound to a string[] field of the surrounding form. */
export function ControlledMultiSelect<T extends FieldValues>({ name, ...props }: Props<T>) {
  const {
    field: { ref, ...field },
    fieldState,
  } = useController<T>({ name });
  return (
    <MultiSelect
      // Focus alone (tabbing, or focus moved to a field with an error) should not cover the form.
      openOnFocus={false}
      {...props}
      ref={ref}
      name={field.name}
      value={(field.value as string[] | null | undefined) ?? []}
      onChange={(value) => field.onChange(value)}
      onBlur={field.onBlur}
      error={errorText(fieldState.error)}
      errorProps={ERROR_PROPS}
    />
  );
}
