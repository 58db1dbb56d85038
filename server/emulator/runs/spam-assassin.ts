import { chance, type Random } from '../random';

/**
 * A SpamAssassin verdict for one run's email (docs/api/reference.md §5.1 `spam_assassin_report`). Content
 * rules come from the test's actual subject and body, so editing the copy changes the report;
 * authentication and reputation rules come from the sending domain. A rule's `description` is
 * the rule's own text ("HTML included in message"), without the report's section prefix.
 */
export interface SpamAssassinInput {
  subject: string;
  body: string;
  textOnly: boolean;
  dmarcAligned: boolean;
  /** The domain's overall reputation, 0–1. */
  reputation: number;
  /** The domain is on a domain blocklist in this run's blacklist check. */
  domainListed: boolean;
}

type Rule = { name: string; description: string; score: number };
const rule = (name: string, description: string, score: number): Rule => ({ name, description, score });

const SHORTENERS = /\b(bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly)\//i;
const UNSUBSCRIBE =
  /unsubscribe|opt[ -]?out|no longer (wish|want) to|stop (receiving|hearing)|reply ["“]?stop/i;
const looksLikeHtml = (body: string) => /<[a-z][\s\S]*>/i.test(body);
const textOf = (body: string) => body.replace(/<[^>]*>/g, ' ').replace(/\{\{[^}]*\}\}/g, '');

export function contentRules({
  subject,
  body,
  textOnly,
}: Pick<SpamAssassinInput, 'subject' | 'body' | 'textOnly'>): Rule[] {
  const hits: Rule[] = [];
  const html = looksLikeHtml(body) && !textOnly;
  if (html) {
    hits.push(rule('HTML_MESSAGE', 'HTML included in message', 0.001));
    hits.push(rule('MIME_HTML_ONLY', 'Message only has text/html MIME parts', 0.723));
  }
  const letters = subject.replace(/\{\{[^}]*\}\}/g, '').replace(/[^A-Za-z]/g, '');
  if (letters.length >= 5 && letters === letters.toUpperCase()) {
    hits.push(rule('SUBJ_ALL_CAPS', 'Subject is all capitals', 1.5));
  }
  if (SHORTENERS.test(body))
    hits.push(rule('HAS_SHORT_URL', 'Message contains a link shortener URL', 1.2));
  if (!UNSUBSCRIBE.test(textOf(body))) {
    hits.push(rule('NO_UNSUBSCRIBE', 'No unsubscribe or opt-out wording', 0.9));
  }
  const images = (body.match(/<img\b/gi) ?? []).length;
  if (html && images > 0) {
    hits.push(rule('T_REMOTE_IMAGE', 'Message contains an external image', 0.01));
    if (textOf(body).trim().length < 400) {
      hits.push(rule('HTML_IMAGE_RATIO_02', 'HTML has a low ratio of text to image area', 0.805));
    }
  }
  if (/\b(free|guarantee[d]?|risk[- ]free|act now|limited time|100% )/i.test(`${subject} ${textOf(body)}`)) {
    hits.push(rule('FREE_OFFER_WORDS', 'Contains wording common in promotional spam', 0.6));
  }
  return hits;
}

function senderRules(input: SpamAssassinInput, random: Random): Rule[] {
  const hits = [
    rule('DKIM_SIGNED', 'Message has a DKIM or DK signature, not necessarily valid', 0.1),
    rule('DKIM_VALID', 'Message has at least one valid DKIM or DK signature', -0.1),
    rule('SPF_PASS', 'SPF: sender matches SPF record', -0.001),
  ];
  if (!input.dmarcAligned)
    hits.push(rule('DMARC_NONE', 'DMARC none policy or no aligned record', 0.9));
  if (input.domainListed)
    hits.push(rule('URIBL_DBL_SPAM', 'Contains a spam URL listed in the Spamhaus DBL', 2.5));
  if (input.reputation < 0.7) {
    hits.push(rule('BAYES_99', 'Bayes spam probability is 99 to 100%', 3.5));
  } else if (input.reputation < 0.85 || chance(random, 0.3)) {
    hits.push(rule('BAYES_50', 'Bayes spam probability is 40 to 60%', 0.8));
  } else {
    hits.push(rule('BAYES_00', 'Bayes spam probability is 0 to 1%', -1.9));
  }
  return hits;
}

export function spamAssassinReport(input: SpamAssassinInput, random: Random) {
  const hits = [...contentRules(input), ...senderRules(input, random)];
  const score = Math.round(hits.reduce((sum, r) => sum + r.score, 0) * 10) / 10;
  return {
    score,
    report: {
      is_spam: score >= 5,
      spam_score: Math.round(score),
      report: hits.map((r) => ({ description: r.description, name: r.name, score: r.score.toFixed(1) })),
    },
  };
}
