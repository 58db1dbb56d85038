import { describe, expect, it } from 'vitest';
import { sharedProviderOf } from './shared-ips';

describe('sharedProviderOf', () => {
  it('knows Google and Microsoft sending ranges', () => {
    expect(sharedProviderOf('209.85.220.41')).toBe('Google');
    expect(sharedProviderOf('74.125.0.1')).toBe('Google');
    expect(sharedProviderOf('40.107.22.94')).toBe('Microsoft');
    expect(sharedProviderOf('52.103.255.255')).toBe('Microsoft');
  });

  it('gives null for dedicated, out-of-range and malformed addresses', () => {
    expect(sharedProviderOf('198.51.100.23')).toBeNull();
    expect(sharedProviderOf('52.104.0.0')).toBeNull();
    expect(sharedProviderOf('209.85.300.1')).toBeNull();
    expect(sharedProviderOf('not-an-ip')).toBeNull();
    expect(sharedProviderOf(null)).toBeNull();
  });
});
