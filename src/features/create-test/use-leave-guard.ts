import { modals } from '@mantine/modals';
import { useCallback, useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

const TITLE = 'Leave this page?';
const MESSAGE = 'Your draft is saved; leave anyway? You can come back to it from “New test”.';

function sameOriginPath(anchor: HTMLAnchorElement): string | null {
  if (anchor.target && anchor.target !== '_self') return null;
  if (anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  return url.pathname + url.search + url.hash;
}

/**
 * Asks before leaving while `active`. wouter has no navigation blocker, so: `beforeunload` for
 * reload and close, link clicks caught in the capture phase (before wouter's own handler), and
 * Back/Forward caught on `popstate` before wouter sees it, the wizard URL put back meanwhile.
 * `bypass()` lets the next navigation through (after a successful create).
 */
export function useLeaveGuard(active: boolean) {
  const [, navigate] = useLocation();
  const activeRef = useRef(active);
  const asking = useRef(false);
  useEffect(() => {
    activeRef.current = active;
  }, [active]);

  const confirm = useCallback((onLeave: () => void) => {
    if (asking.current) return;
    asking.current = true;
    modals.openConfirmModal({
      title: TITLE,
      children: MESSAGE,
      labels: { confirm: 'Leave', cancel: 'Stay' },
      onConfirm: () => {
        activeRef.current = false;
        onLeave();
      },
      onClose: () => {
        asking.current = false;
      },
    });
  }, []);

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
      confirm(() => navigate(path));
    };
    const onPopState = () => {
      if (!activeRef.current) return;
      const target = window.location.pathname + window.location.search;
      if (target === here) return;
      window.history.pushState(null, '', here);
      confirm(() => navigate(target));
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    // Capture on window runs before wouter's own popstate listener, so it can be stopped there.
    const stopForWouter = (event: PopStateEvent) => {
      if (!activeRef.current) return;
      event.stopImmediatePropagation();
      onPopState();
    };
    window.addEventListener('popstate', stopForWouter, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', stopForWouter, true);
    };
  }, [confirm, navigate]);

  const bypass = useCallback(() => {
    activeRef.current = false;
  }, []);
  return { bypass };
}
