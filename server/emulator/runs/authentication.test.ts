import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { authenticate, dmarcPasses, senderEspOf } from './authentication';

describe('dmarcPasses (RFC 7489: one aligned pass is enough)', () => {
  const none = { spfPass: false, spfAligned: false, dkimPass: false, dkimAligned: false };

  it('passes with SPF alone when SPF is aligned, and with DKIM alone when DKIM is aligned', () => {
    expect(dmarcPasses({ ...none, spfPass: true, spfAligned: true })).toBe(true);
    expect(dmarcPasses({ ...none, dkimPass: true, dkimAligned: true })).toBe(true);
  });

  it('fails when neither passes, and when both pass but neither is aligned', () => {
    expect(dmarcPasses({ ...none, spfAligned: true, dkimAligned: true })).toBe(false);
    expect(dmarcPasses({ ...none, spfPass: true, dkimPass: true })).toBe(false);
  });
});

describe('authenticate', () => {
  it('writes the raw headers with their names, as the spec examples carry them', () => {
    // northwind-mail.co's records do not align: DMARC fails on every email, so the text is present.
    const result = authenticate(seededRandom(1), 'northwind-mail.co', 'alex@northwind-mail.co');
    expect(result.dmarc_pass).toBe(false);
    const text = result.authentication_failure_results;
    expect(text?.authentication_results).toMatch(/^Authentication-Results: mx\.seed\.example; spf=/);
    expect(text?.authentication_results).toContain('dmarc=fail');
    expect(text?.authentication_results).toContain('header.from=northwind-mail.co');
    expect(text?.dkim_signature).toMatch(/^DKIM-Signature: v=1; /);
    expect(text?.received_spf).toMatch(/^Received-SPF: /);
  });

  it('passes DMARC for an aligned domain whenever SPF or DKIM passes', () => {
    for (let seed = 0; seed < 300; seed += 1) {
      const result = authenticate(seededRandom(seed), 'acme-outbound.com', 'jane@acme-outbound.com');
      expect(result.dmarc_pass).toBe(result.spf_pass || result.dkim_pass);
    }
  });
});

describe('senderEspOf', () => {
  it('maps Google, Microsoft and AirMail accounts to their ESP codes and leaves others without one', () => {
    expect(senderEspOf(2)).toBe(1);
    expect(senderEspOf(3)).toBe(2);
    expect(senderEspOf(8)).toBe(8);
    expect(senderEspOf(1)).toBeNull(); // custom IMAP/SMTP
    expect(senderEspOf(4)).toBeNull(); // AWS
    expect(senderEspOf(undefined)).toBeNull();
  });
});
