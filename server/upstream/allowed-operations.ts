/**
 * The only Instantly operations the server forwards: exactly what the dashboard uses. Anything
 * else is refused before it leaves the machine, so a browser (or anything on loopback) cannot
 * use our key for other endpoints (campaign sends, lead exports, key management…).
 */
const ID = '[^/]+';
const RULES: { method: string; pattern: RegExp }[] = [
  { method: 'GET', pattern: /^\/api\/v2\/inbox-placement-tests$/ },
  { method: 'POST', pattern: /^\/api\/v2\/inbox-placement-tests$/ },
  { method: 'GET', pattern: /^\/api\/v2\/inbox-placement-tests\/email-service-provider-options$/ },
  { method: 'GET', pattern: new RegExp(`^/api/v2/inbox-placement-tests/${ID}$`) },
  { method: 'PATCH', pattern: new RegExp(`^/api/v2/inbox-placement-tests/${ID}$`) },
  { method: 'DELETE', pattern: new RegExp(`^/api/v2/inbox-placement-tests/${ID}$`) },
  { method: 'GET', pattern: /^\/api\/v2\/inbox-placement-analytics$/ },
  { method: 'POST', pattern: /^\/api\/v2\/inbox-placement-analytics\/(stats-by-test-id|deliverability-insights|stats-by-date)$/ },
  { method: 'GET', pattern: new RegExp(`^/api/v2/inbox-placement-analytics/${ID}$`) },
  { method: 'GET', pattern: /^\/api\/v2\/inbox-placement-reports$/ },
  { method: 'GET', pattern: new RegExp(`^/api/v2/inbox-placement-reports/${ID}$`) },
  { method: 'GET', pattern: /^\/api\/v2\/(accounts|custom-tags|campaigns)$/ },
];

export function isAllowedOperation(method: string, pathname: string): boolean {
  // Encoded slashes or dot segments could smuggle another path past the patterns.
  if (/%2f|%5c|\/\.\.?(\/|$)/i.test(pathname)) return false;
  return RULES.some((rule) => rule.method === method && rule.pattern.test(pathname));
}
