import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
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
}: ConfirmDeleteDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={title}
      centered
      // The hook returns focus: the opener may be gone (a deleted row).
      returnFocus={false}
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
          {/* aria-disabled, not disabled, while waiting: a disabled button would drop the focus. */}
          <Button
            color="red"
            onClick={pending ? undefined : onConfirm}
            aria-disabled={pending || undefined}
            leftSection={pending ? <Loader size={14} color="white" aria-hidden /> : undefined}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
