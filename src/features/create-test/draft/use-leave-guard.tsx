import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { ConfirmDialog } from '../../../components/confirm-dialog';

const TITLE = 'Leave this page?';
const MESSAGE = 'Your draft is saved; leave anyway? You can come back to it from “New test”.';
const SENTINEL = { leaveGuard: true };

const onSentinel = () => (window.history.state as { leaveGuard?: boolean } | null)?.leaveGuard === true;

function sameOriginPath(anchor: HTMLAnchorElement): string | null {
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, window.location.href);
  return url.origin === window.location.origin ? url.pathname + url.search + url.hash : null;
}

/**
 * Asks before leaving while `active`. wouter has no navigation blocker, so: `beforeunload` for
 * reload and close; link clicks caught in the capture phase, before wouter's handler; and for
 * Back, a second history entry for this page (the "sentinel"), so Back first lands on the same
 * address, where we can ask before going back for real. `bypass()` lets the next navigation
 * through and says whether it should replace the sentinel. Render `dialog` once.
 */
export function useLeaveGuard(active: boolean) {
  const [, navigate] = useLocation();
  const activeRef = useRef(active);
  useEffect(() => {
    activeRef.current = active;
    if (active && !onSentinel()) window.history.pushState(SENTINEL, '', window.location.href);
  }, [active]);

  // The navigation waiting for an answer; null when not asking.
  const [leave, setLeave] = useState<(() => void) | null>(null);
  // While asking, a second navigation attempt (say, Back and a click) keeps the first question.
  const confirm = useCallback((onLeave: () => void) => {
    setLeave((asking) => asking ?? onLeave);
  }, []);
  const answer = (leaving: boolean) => {
    setLeave(null);
    if (leaving && leave) {
      activeRef.current = false;
      leave();
    }
  };

  useEffect(() => {
    const here = window.location.pathname;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!activeRef.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (!activeRef.current || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const path = sameOriginPath(anchor);
      if (!path || path === here) return;
      event.preventDefault();
      event.stopPropagation();
      confirm(() => navigate(path, { replace: onSentinel() }));
    };
    const onPopState = () => {
      // Back from the sentinel: still on this page. Put the sentinel back, then ask.
      if (!activeRef.current || window.location.pathname !== here || onSentinel()) return;
      window.history.pushState(SENTINEL, '', window.location.href);
      confirm(() => window.history.go(-2));
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('popstate', onPopState);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('click', onClick, true);
    };
  }, [confirm, navigate]);

  const bypass = useCallback(() => {
    activeRef.current = false;
    return onSentinel();
  }, []);
  const dialog = (
    <ConfirmDialog
      opened={leave !== null}
      title={TITLE}
      confirmLabel="Leave"
      cancelLabel="Stay"
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    >
      {MESSAGE}
    </ConfirmDialog>
  );
  return { bypass, dialog };
}
