import { TimePicker, type TimePickerProps } from '@mantine/dates';
import type { MouseEvent } from 'react';
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
 * A click into a box that already has focus (after "14" the picker moves focus to the minutes
 * by itself) puts the caret between the two digits instead of selecting them: typing "30" then
 * read "030" = 30 and "300", which Mantine's spin input restarts from the last digit: 00. The
 * minutes were silently lost. Selecting the whole box on every mouse-up makes typing replace
 * the value, as it does when the box is reached with the keyboard.
 */
const selectAllOnMouseUp = {
  onMouseUp: (event: MouseEvent<HTMLInputElement>) => {
    event.preventDefault();
    event.currentTarget.select();
  },
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
      hoursInputProps={selectAllOnMouseUp}
      minutesInputProps={selectAllOnMouseUp}
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
