import type { ComponentPropsWithoutRef } from 'react';
import classes from './row-icon-button.module.css';

export interface RowIconButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'type' | 'className'> {
  /** Said by screen readers ("Pause Weekly Gmail check"): the icon is hidden from them. */
  'aria-label': string;
}

/**
 * An icon-only button for a row of a long list: looks like Mantine's default ActionIcon, costs one
 * plain element (ADR 022). `mantine-focus-auto` is Mantine's own keyboard focus ring.
 */
export function RowIconButton(props: RowIconButtonProps) {
  return <button type="button" className={`mantine-focus-auto ${classes.button}`} {...props} />;
}
