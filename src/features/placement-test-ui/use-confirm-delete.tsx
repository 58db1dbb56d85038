import { Alert } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { getErrorMessage } from '../../api/errors';
import { ConfirmDialog } from '../../components/confirm-dialog';

export interface ConfirmDeleteRequest {
  /** Names what goes: `Delete "Weekly Gmail check"?` or `Delete 3 tests?`. */
  title: string;
  message: ReactNode;
  confirmLabel?: string;
  /**
   * Runs on confirm. The dialog waits (button loading) and closes when it resolves; when it
   * rejects, the dialog stays open with the error message.
   */
  onConfirm: () => unknown;
  /**
   * Where focus goes after a confirmed delete, when the opener goes with it (a row's Delete
   * button). Without it, and on Cancel, focus returns to the opener.
   */
  focusAfter?: () => HTMLElement | null | undefined;
}

/**
 * One confirmation dialog per screen: `confirmDelete(request)` opens it; render `dialog` once.
 * Focus returns to the element that opened it, or to `focusAfter()` when that is gone.
 */
export function useConfirmDelete() {
  const [request, setRequest] = useState<ConfirmDeleteRequest | null>(null);
  const [opened, setOpened] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const focusAfter = useRef<ConfirmDeleteRequest['focusAfter']>(undefined);

  const confirmDelete = useCallback((next: ConfirmDeleteRequest) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    focusAfter.current = next.focusAfter;
    setRequest(next);
    setError(null);
    setPending(false);
    setOpened(true);
  }, []);

  const restoreFocus = useRef<'opener' | 'after' | null>(null);
  const close = (confirmed: boolean) => {
    restoreFocus.current = confirmed && focusAfter.current ? 'after' : 'opener';
    setOpened(false);
  };
  // After the dialog closes. The opener's row may still be on screen for a moment after a
  // delete, so do not probe it.
  useEffect(() => {
    if (opened || !restoreFocus.current) return;
    const after = restoreFocus.current === 'after' ? focusAfter.current?.() : null;
    restoreFocus.current = null;
    const target = after ?? (opener.current?.isConnected ? opener.current : focusAfter.current?.());
    target?.focus();
    opener.current = null;
  }, [opened]);

  const onConfirm = async () => {
    if (!request) return;
    setPending(true);
    setError(null);
    try {
      await request.onConfirm();
      close(true);
    } catch (failure) {
      setError(getErrorMessage(failure));
    } finally {
      setPending(false);
    }
  };

  const dialog = (
    <ConfirmDialog
      opened={opened}
      title={request?.title ?? ''}
      confirmLabel={request?.confirmLabel ?? 'Delete'}
      danger
      pending={pending}
      onConfirm={() => void onConfirm()}
      onCancel={() => close(false)}
    >
      {request?.message}
      {/* The dialog stays open after a failure so the user can retry or cancel. */}
      {error && (
        <Alert color="red" role="alert" title="Could not delete" mt="md">
          {error}
        </Alert>
      )}
    </ConfirmDialog>
  );

  return { confirmDelete, dialog };
}
