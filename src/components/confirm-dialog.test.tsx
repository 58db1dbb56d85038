import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog';

function renderDialog(props: Partial<ConfirmDialogProps> = {}) {
  const handlers = { onConfirm: vi.fn(), onCancel: vi.fn() };
  const all = {
    opened: true,
    title: 'Delete “Weekly check”?',
    confirmLabel: 'Delete',
    danger: true,
    ...handlers,
    ...props,
  };
  const view = render(
    <MantineProvider>
      <ConfirmDialog {...all}>The test and its results will be deleted.</ConfirmDialog>
    </MantineProvider>,
  );
  const rerender = (next: Partial<ConfirmDialogProps>) =>
    view.rerender(
      <MantineProvider>
        <ConfirmDialog {...all} {...next}>
          The test and its results will be deleted.
        </ConfirmDialog>
      </MantineProvider>,
    );
  return { ...handlers, rerender };
}

describe('ConfirmDialog', () => {
  it('opens as a dialog named by its title, with Cancel focused so Enter never confirms by accident', () => {
    renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Delete “Weekly check”?' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveTextContent('The test and its results will be deleted.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('confirm, Cancel, the close button, Escape and a backdrop click each answer once', async () => {
    const user = userEvent.setup();
    const { onConfirm, onCancel } = renderDialog();
    const dialog = screen.getByRole('dialog');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Close dialog' }));
    fireEvent(dialog, new Event('cancel', { cancelable: true })); // what Escape fires
    fireEvent.click(dialog); // the backdrop: the dialog element itself, outside its content
    expect(onCancel).toHaveBeenCalledTimes(4);
    // A click inside the content is not a backdrop click.
    await user.click(screen.getByText('The test and its results will be deleted.'));
    expect(onCancel).toHaveBeenCalledTimes(4);
  });

  it('while pending it cannot be dismissed, and Delete says it is busy without losing focus', () => {
    const { onConfirm, onCancel } = renderDialog({ pending: true });
    const dialog = screen.getByRole('dialog');
    const escape = new Event('cancel', { cancelable: true });
    fireEvent(dialog, escape);
    fireEvent.click(dialog);
    expect(escape.defaultPrevented).toBe(true);
    expect(onCancel).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Close dialog' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();

    const confirm = screen.getByRole('button', { name: 'Delete' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    expect(confirm).not.toBeDisabled();
    fireEvent.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('closes when the opener says so, and a close the browser forces is reported as a cancel', () => {
    const { onCancel, rerender } = renderDialog();
    const dialog = screen.getByRole<HTMLDialogElement>('dialog');
    rerender({ opened: false });
    expect(dialog).not.toHaveAttribute('open');
    expect(onCancel).not.toHaveBeenCalled();

    rerender({ opened: true });
    expect(dialog).toHaveAttribute('open');
    dialog.close(); // as after repeated Escape presses, which the page may not refuse
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
