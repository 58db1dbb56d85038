import { Button, CloseButton, Group, Loader } from '@mantine/core';
import { useEffect, useId, useRef, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import classes from './confirm-dialog.module.css';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Red confirm button for what cannot be undone. */
  danger?: boolean;
  /** Waiting for the confirmed action: the dialog cannot be dismissed and confirm shows a spinner. */
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The page behind does not scroll while any dialog is open (`data-dialog-open`, the module's CSS). */
function syncPageScrollLock() {
  document.documentElement.toggleAttribute('data-dialog-open', document.querySelector('dialog[open]') !== null);
}

/**
 * Every "are you sure?" in the app: a native modal `<dialog>`. The browser makes the rest of the
 * page inert, keeps Tab inside, closes on Escape and draws it above everything, so it needs no
 * focus-trap or portal code (ADR 010: this keeps the list's actions on the first route).
 * Cancel gets the initial focus, so Enter never confirms by accident. The opener decides where
 * focus goes afterwards.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  danger = false,
  pending = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (opened && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!opened && dialog.open) {
      dialog.close();
    }
    syncPageScrollLock();
  }, [opened]);
  // Unmounted while open: the page scrolls again.
  useEffect(() => syncPageScrollLock, []);

  // Escape: the browser asks first (`cancel`), so a pending action can refuse to be dismissed.
  const onCancelEvent = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    if (!pending) onCancel();
  };
  // The browser may still close it (repeated Escape without a click in between): follow it.
  const onClose = () => {
    syncPageScrollLock();
    if (opened) onCancel();
  };
  // A click on the backdrop lands on the dialog element itself, outside its content box.
  const onBackdropClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget && !pending) onCancel();
  };

  return (
    // The backdrop click is the mouse twin of Escape (the `cancel` event), which keyboards have.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className={classes.dialog}
      aria-labelledby={titleId}
      onCancel={onCancelEvent}
      onClose={onClose}
      onClick={onBackdropClick}
    >
      <div className={classes.content}>
        <div className={classes.header}>
          <h2 id={titleId} className={classes.title}>
            {title}
          </h2>
          {!pending && <CloseButton aria-label="Close dialog" onClick={onCancel} />}
        </div>
        <div className={classes.body}>{children}</div>
        <Group justify="flex-end" gap="sm">
          <Button ref={cancelRef} variant="default" onClick={onCancel} disabled={pending}>
            {cancelLabel}
          </Button>
          {/* aria-disabled, not disabled, while waiting: a disabled button would drop the focus. */}
          <Button
            color={danger ? 'red' : undefined}
            onClick={pending ? undefined : onConfirm}
            aria-disabled={pending || undefined}
            leftSection={pending ? <Loader size={14} color="white" aria-hidden /> : undefined}
          >
            {confirmLabel}
          </Button>
        </Group>
      </div>
    </dialog>
  );
}
