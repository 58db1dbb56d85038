import type { ResultsWindow } from '../../../core/contract/sender-results';

/**
 * Where a figure of a sender's page comes from: the test's result page, on about the same days
 * (`window`), its records filtered to this sender and, for a per-provider figure, that seed
 * provider (`sender`, `esp`: the result page's own record filters, ADR 018), scrolled to them
 * (`#records`). "Last run" opens that test's last run; 7 and 30 days the page's last 7 and 30
 * days; 90 days and custom windows, which it has no match for, every run.
 */
export function evidenceHref(test: { id: string; lastDate: string | null }, window: ResultsWindow, sender: string, esp?: number): string {
  const params = new URLSearchParams();
  params.set('window', window === 'last' && test.lastDate ? test.lastDate : window === '7d' ? 'last-7' : window === '30d' ? 'last-30' : 'all');
  params.set('sender', sender);
  if (esp !== undefined) params.set('esp', String(esp));
  return `/tests/${encodeURIComponent(test.id)}?${params}#records`;
}
