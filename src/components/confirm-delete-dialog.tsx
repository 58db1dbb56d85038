import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ConfirmDeleteDialogProps {
  opened: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  pending: boolean;
  /** Why the last attempt failed; the dialog stays open so the user can retry or cancel. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  onClosed: () => void;
}

/** A destructive confirmation. Cancel gets the initial focus, so Enter never deletes by accident. */
export function ConfirmDeleteDialog({
  opened,
  title,
  message,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onCancel,
  onClosed,
}: ConfirmDeleteDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={title}
      centered
      // Focus goes back by the hook (the opener may be gone, e.g. a deleted row).
      returnFocus={false}
      onExitTransitionEnd={onClosed}
      closeOnClickOutside={!pending}
      closeOnEscape={!pending}
      withCloseButton={!pending}
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      <Stack gap="md">
        <Text size="sm">{message}</Text>
        {error && (
          <Alert color="red" role="alert" title="Could not delete">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
