import type { Random } from '../random';
import { chance } from '../random';
import { domainProfile } from './sending-domains';

/**
 * How a seed inbox judges one email's authentication, as receiving servers do (RFC 7489):
 * DMARC passes when SPF passes *aligned* with the From domain, or DKIM passes with an aligned
 * signing domain; either one is enough. A domain whose records do not align (its mail leaves
 * through the provider's envelope and is signed with the provider's key) fails DMARC even while
 * SPF and DKIM themselves pass.
 */
export interface AuthChecks {
  spfPass: boolean;
  /** The envelope sender's domain is the From domain (or a subdomain of it). */
  spfAligned: boolean;
  dkimPass: boolean;
  /** The signature's `d=` is the From domain (or a subdomain of it). */
  dkimAligned: boolean;
}

export function dmarcPasses(checks: AuthChecks): boolean {
  return (checks.spfPass && checks.spfAligned) || (checks.dkimPass && checks.dkimAligned);
}

/** The signing domain a provider uses when the sender's own DKIM key is not set up. */
const providerSigningDomain = (domain: string) => `${domain.replace(/\./g, '-')}.20230601.gappssmtp.com`;

/** What a received row carries: the three verdicts and, when one failed, the raw header text. */
export function authenticate(random: Random, domain: string, senderEmail: string) {
  const { dmarcAligned, ip } = domainProfile(domain);
  // A set-up domain passes nearly always; the occasional failure is a forwarding hop or a
  // rotated DKIM key.
  const checks: AuthChecks = {
    spfPass: chance(random, 0.99),
    spfAligned: dmarcAligned,
    dkimPass: chance(random, 0.99),
    dkimAligned: dmarcAligned,
  };
  const dmarc = dmarcPasses(checks);
  const signingDomain = checks.dkimAligned ? domain : providerSigningDomain(domain);
  const mailFrom = checks.spfAligned ? domain : 'bounces.mailer.example';
  const spfWord = checks.spfPass ? 'pass' : 'softfail';
  const failure =
    checks.spfPass && checks.dkimPass && dmarc
      ? null
      : {
          authentication_results:
            `Authentication-Results: mx.seed.example; spf=${spfWord} smtp.mailfrom=${mailFrom}; ` +
            `dkim=${checks.dkimPass ? 'pass' : 'fail (body hash did not verify)'} header.d=${signingDomain}; ` +
            `dmarc=${dmarc ? 'pass' : 'fail'} (p=NONE) header.from=${domain}`,
          dkim_signature: `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${signingDomain}; s=s1; h=from:to:subject:date:message-id`,
          received_spf: `Received-SPF: ${spfWord} (seed.example: domain of ${senderEmail} ${checks.spfPass ? 'designates' : 'does not designate'} ${ip} as permitted sender)`,
        };
  return { spf_pass: checks.spfPass, dkim_pass: checks.dkimPass, dmarc_pass: dmarc, authentication_failure_results: failure };
}

/**
 * `sender_esp` from the account's `provider_code` (reference §2, accounts appendix): Google
 * (2) → 1, Microsoft (3) → 2, AirMail (8) → 8. Custom SMTP, AWS and unknown providers have no
 * ESP code, so the row carries none rather than a made-up Google.
 */
export function senderEspOf(providerCode: number | undefined): 1 | 2 | 8 | null {
  if (providerCode === 2) return 1;
  if (providerCode === 3) return 2;
  if (providerCode === 8) return 8;
  return null;
}
