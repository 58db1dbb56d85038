/**
 * Google Workspace and Microsoft 365 send everyone's mail from shared ranges. When one of those
 * IPs shows up on a minor blacklist it is almost never about this sender, and the sender cannot
 * get it delisted: docs/product.md asks for that to be said rather than shown as an alarm. Ranges
 * from Google's `_spf.google.com` and Microsoft's Exchange Online Protection lists (IPv4).
 */
const RANGES: readonly [provider: SharedProvider, cidr: string][] = [
  ['Google', '209.85.128.0/17'],
  ['Google', '74.125.0.0/16'],
  ['Google', '64.233.160.0/19'],
  ['Google', '66.102.0.0/20'],
  ['Google', '66.249.80.0/20'],
  ['Google', '72.14.192.0/18'],
  ['Google', '108.177.8.0/21'],
  ['Google', '173.194.0.0/16'],
  ['Google', '172.217.0.0/19'],
  ['Google', '35.190.247.0/24'],
  ['Microsoft', '40.92.0.0/15'],
  ['Microsoft', '40.107.0.0/16'],
  ['Microsoft', '52.100.0.0/14'],
  ['Microsoft', '104.47.0.0/17'],
];

export type SharedProvider = 'Google' | 'Microsoft';

function toNumber(ip: string): number | null {
  const parts = ip.trim().split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

const PARSED = RANGES.map(([provider, cidr]) => {
  const [base = '', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = toNumber(base) ?? 0;
  return { provider, start, end: start + size - 1 };
});

/** The provider whose shared sending range holds `ip`, or null (a dedicated or unknown IP). */
export function sharedProviderOf(ip: string | null | undefined): SharedProvider | null {
  const n = ip ? toNumber(ip) : null;
  if (n === null) return null;
  return PARSED.find((r) => n >= r.start && n <= r.end)?.provider ?? null;
}
