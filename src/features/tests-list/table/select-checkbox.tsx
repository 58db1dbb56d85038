import { useEffect, useRef, type ChangeEvent } from 'react';

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
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      checked={checked}
      onChange={onChange}
      style={{
        width: 18,
        height: 18,
        margin: 0,
        display: 'block',
        cursor: 'pointer',
        accentColor: 'var(--mantine-primary-color-filled)',
      }}
    />
  );
}
