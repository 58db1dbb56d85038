import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useController, type FieldPath, type FieldValues } from 'react-hook-form';
import { ERROR_PROPS } from './error-props';
import { errorText } from './error-text';

type Props<T extends FieldValues> = Omit<
  NumberInputProps,
  'value' | 'defaultValue' | 'onChange' | 'name' | 'error'
> & {
  name: FieldPath<T>;
};

/** Mantine NumberInput bound to a `number | null` field: an empty input is null, not "". */
export function ControlledNumberInput<T extends FieldValues>({ name, ...props }: Props<T>) {
  const {
    field: { ref, ...field },
    fieldState,
  } = useController<T>({ name });
  const value = field.value as number | null | undefined;
  return (
    <NumberInput
      {...props}
      ref={ref}
      name={field.name}
      value={value ?? ''}
      onChange={(next) => field.onChange(typeof next === 'number' ? next : next === '' ? null : Number(next))}
      onBlur={field.onBlur}
      error={errorText(fieldState.error)}
      errorProps={ERROR_PROPS}
    />
  );
}
