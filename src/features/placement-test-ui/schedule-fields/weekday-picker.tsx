import { Chip, Group, Input, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useController } from 'react-hook-form';
import { WEEKDAY_KEYS, type WeekdayKey } from '../../../../core/contract/placement-tests';
import { ERROR_PROPS } from '../../../components/form/error-props';
import { errorText } from '../../../components/form/error-text';
import { WEEKDAYS } from '../../../lib/schedule-format';
import type { ScheduleFieldValues } from './schedule-form';

/** Weekday toggles Sunday..Saturday over `schedule.days` ("0" = Sunday, docs/api/reference.md §3.2). */
export function WeekdayPicker() {
  const { field, fieldState } = useController<ScheduleFieldValues, 'schedule.days'>({
    name: 'schedule.days',
  });
  const labelId = useId();
  const selected = WEEKDAY_KEYS.filter((key) => field.value[key]);
  const onChange = (keys: string[]) =>
    field.onChange(
      Object.fromEntries(WEEKDAY_KEYS.map((key) => [key, keys.includes(key)])) as Record<WeekdayKey, boolean>,
    );
  return (
    <Input.Wrapper
      label="Runs on"
      labelElement="div"
      labelProps={{ id: labelId }}
      description="Pick one or more days; each day it runs costs one run's worth of emails."
      error={errorText(fieldState.error)}
      errorProps={ERROR_PROPS}
    >
      <Chip.Group multiple value={selected} onChange={onChange}>
        <Group gap="xs" mt={6} role="group" aria-labelledby={labelId}>
          {WEEKDAYS.map((day, index) => (
            <Chip
              key={day.key}
              value={day.key}
              ref={index === 0 ? field.ref : undefined}
              onBlur={field.onBlur}
            >
              <span aria-hidden>{day.short}</span>
              <VisuallyHidden>{day.long}</VisuallyHidden>
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
}
