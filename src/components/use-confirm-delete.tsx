import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { getErrorMessage } from '../api/errors';
import { ConfirmDeleteDialog } from './confirm-delete-dialog';

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
  /** Focus target when the opener no longer exists after closing (e.g. its row was deleted). */
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

  const restoreFocus = useRef(false);
  const close = () => {
    restoreFocus.current = true;
    setOpened(false);
  };
  // After the dialog closes (its focus trap is off at once, even while it fades out).
  useEffect(() => {
    if (opened || !restoreFocus.current) return;
    restoreFocus.current = false;
    const target = opener.current?.isConnected ? opener.current : focusAfter.current?.();
    target?.focus();
    opener.current = null;
  }, [opened]);

  const onConfirm = async () => {
    if (!request) return;
    setPending(true);
    setError(null);
    try {
      await request.onConfirm();
      close();
    } catch (failure) {
      setError(getErrorMessage(failure));
    } finally {
      setPending(false);
    }
  };

  const dialog = (
    <ConfirmDeleteDialog
      opened={opened}
      title={request?.title ?? ''}
      message={request?.message}
      confirmLabel={request?.confirmLabel ?? 'Delete'}
      pending={pending}
      error={error}
      onConfirm={() => void onConfirm()}
      onCancel={close}
    />
  );

  return { confirmDelete, dialog };
}
