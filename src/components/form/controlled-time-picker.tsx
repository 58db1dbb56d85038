import { TimePicker, type TimePickerProps } from '@mantine/dates';
import { useController, type FieldPath, type FieldValues } from 'react-hook-form';
import { ERROR_PROPS } from './error-props';
import { errorText } from './error-text';

type Props<T extends FieldValues> = Omit<
  TimePickerProps,
  'value' | 'defaultValue' | 'onChange' | 'name' | 'error' | 'format'
> & {
  name: FieldPath<T>;
};

/**
 * A 24-hour HH:MM time field (the API's `timing.from`), whatever the browser's locale: a native
 * time input would show AM/PM in en-US. Needs '@mantine/dates/styles.css' in the chunk.
 */
export function ControlledTimePicker<T extends FieldValues>({ name, ...props }: Props<T>) {
  const {
    field: { ref, ...field },
    fieldState,
  } = useController<T>({ name });
  return (
    <TimePicker
      hoursInputLabel="Hours"
      minutesInputLabel="Minutes"
      {...props}
      format="24h"
      hoursRef={ref}
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      onChange={(value) => field.onChange(value)}
      onBlur={field.onBlur}
      error={errorText(fieldState.error)}
      errorProps={ERROR_PROPS}
    />
  );
}
