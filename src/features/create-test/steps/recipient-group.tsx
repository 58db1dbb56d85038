import { Checkbox, Fieldset, SimpleGrid } from '@mantine/core';
import type { Ref } from 'react';
import type { RecipientLabel } from '../../../../core/contract/placement-tests';
import { labelKey } from '../../../../core/rules/esp-labels';

type Props = {
  legend: string;
  options: RecipientLabel[];
  selected: ReadonlySet<string>;
  onChange: (options: RecipientLabel[], checked: boolean) => void;
  /** Receives focus when the step's validation fails. */
  inputRef?: Ref<HTMLInputElement>;
};

/** One sub-region's seed inbox kinds ("Google Professional") with "Select all". */
export function RecipientGroup({ legend, options, selected, onChange, inputRef }: Props) {
  const count = options.filter((o) => selected.has(labelKey(o))).length;
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Checkbox
        ref={inputRef}
        label={`Select all in ${legend}`}
        checked={count === options.length}
        indeterminate={count > 0 && count < options.length}
        onChange={(event) => onChange(options, event.currentTarget.checked)}
        mb="xs"
        fw={500}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" pl="lg">
        {options.map((option) => (
          <Checkbox
            key={labelKey(option)}
            label={`${option.esp} ${option.type}`}
            checked={selected.has(labelKey(option))}
            onChange={(event) => onChange([option], event.currentTarget.checked)}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
