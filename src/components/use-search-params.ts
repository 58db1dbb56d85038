import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useRouter } from 'wouter';

type Next = URLSearchParams | ((previous: URLSearchParams) => URLSearchParams);

/**
 * wouter's `useSearchParams` without its `decodeURI` of the whole query string: that decodes
 * `%25` before URLSearchParams decodes again, so a search for `%3C` came back as `<` and `%41`
 * as `A` (found by e2e/security-xss.spec.ts). Same call shape as wouter's, and like it the
 * setter is stable and sees the newest params, even when a debounced callback calls it late.
 */
export function useSearchParams() {
  const router = useRouter();
  const [location, navigate] = useLocation();
  // The router's own search hook (the browser's, or a memory one in tests) gives the raw string.
  const search = router.searchHook(router);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const latest = useRef({ params, location, navigate });
  useLayoutEffect(() => {
    latest.current = { params, location, navigate };
  });
  const setParams = useCallback((next: Next, options?: { replace?: boolean }) => {
    const value = typeof next === 'function' ? next(latest.current.params) : next;
    // Two calls before the next render build on each other, as with wouter's.
    latest.current = { ...latest.current, params: value };
    const query = value.toString();
    latest.current.navigate(latest.current.location + (query ? `?${query}` : ''), options);
  }, []);
  return [params, setParams] as const;
}
