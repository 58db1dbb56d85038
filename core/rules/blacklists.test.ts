import { describe, expect, it } from 'vitest';
import { isMajorBlacklist } from './blacklists';

describe('isMajorBlacklist', () => {
  it('counts Spamhaus, Barracuda, SpamCop and SURBL as major, whatever the case', () => {
    expect(isMajorBlacklist('zen.spamhaus.org')).toBe(true);
    expect(isMajorBlacklist('B.BarracudaCentral.org')).toBe(true);
    expect(isMajorBlacklist('dbl.spamhaus.org')).toBe(true);
  });
  it('counts UCEPROTECT, SORBS and URIBL as minor', () => {
    expect(isMajorBlacklist('dnsbl-3.uceprotect.net')).toBe(false);
    expect(isMajorBlacklist('dnsbl.sorbs.net')).toBe(false);
    expect(isMajorBlacklist('multi.uribl.com')).toBe(false);
  });
});
