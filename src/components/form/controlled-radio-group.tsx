import { Radio, Stack, type RadioGroupProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useController, type FieldPath, type FieldValues } from 'react-hook-form';
import { ERROR_PROPS } from './error-props';
import { errorText } from './error-text';

export type RadioOption<V extends string | number> = { value: V; label: ReactNode; description?: ReactNode };

type Props<T extends FieldValues, V extends string | number> = Omit<
  RadioGroupProps,
  'value' | 'defaultValue' | 'onChange' | 'name' | 'error' | 'children'
> & {
  name: FieldPath<T>;
  options: readonly RadioOption<V>[];
};

/**
 * A labelled radio group bound to a field whose values may be numbers (the API's codes): the
 * DOM speaks strings, so options are matched by their string form and the option's own value
 * is stored.
 */
export function ControlledRadioGroup<T extends FieldValues, V extends string | number>({
  name,
  options,
  ...props
}: Props<T, V>) {
  const {
    field: { ref, ...field },
    fieldState,
  } = useController<T>({ name });
  const current = field.value === null || field.value === undefined ? '' : String(field.value);
  return (
    <Radio.Group
      {...props}
      name={field.name}
      value={current}
      onChange={(value) => field.onChange(options.find((o) => String(o.value) === value)?.value ?? null)}
      error={errorText(fieldState.error)}
      errorProps={ERROR_PROPS}
    >
      <Stack gap="sm" mt="xs">
        {options.map((option, index) => (
          <Radio
            key={String(option.value)}
            ref={index === 0 ? ref : undefined}
            value={String(option.value)}
            label={option.label}
            description={option.description}
            onBlur={field.onBlur}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
