import { useEffect, useRef, type ChangeEvent } from 'react';
import { useHydrated } from '../../../components/use-hydrated';
import classes from './tests-table.module.css';

export interface SelectCheckboxProps {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * A native checkbox in the theme's colour. Mantine's Checkbox (with its Group and Card parts,
 * which do not tree-shake) costs ~2.5 KB gzip on the first route; a row checkbox needs none of it.
 */
export function SelectCheckbox({ label, checked, indeterminate = false, onChange }: SelectCheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  const hydrated = useHydrated();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      // Drawn by the server: a tick before the app took the row over would not be in the selection (ADR 028).
      inert={!hydrated}
      checked={checked}
      onChange={onChange}
      className={classes.check}
    />
  );
}
