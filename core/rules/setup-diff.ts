import { DELIVERY_MODE_LABELS, type PlacementTest } from '../contract/placement-tests';
import { describeLabel } from './esp-labels';
import { diffText, type DiffPart } from './text-diff';

/**
 * What differed in the setup of two compared windows. Practitioners tell content problems from
 * infrastructure problems by holding one side still (issue 19): the kinds below are the sides
 * that can be held still. Two runs of one test share one setup: the API keeps only the test's
 * current settings, not each run's.
 */
export interface SetupFacts {
  subject: string;
  body: string;
  /** Sending accounts, and `tag:<id>` for senders picked by tag (reference §3.1). */
  senders: string[];
  /** "Google · Professional · US"-style seed labels. */
  seeds: string[];
  deliveryMode: string;
  textOnly: boolean;
}

export type SetupChange = 'subject' | 'body' | 'senders' | 'seeds' | 'deliveryMode' | 'textOnly';
export const SETUP_CHANGE_NAMES: Record<SetupChange, string> = {
  subject: 'subject',
  body: 'body',
  senders: 'senders',
  seeds: 'seed labels',
  deliveryMode: 'delivery mode',
  textOnly: 'text-only setting',
};

export interface SetDiff {
  added: string[];
  removed: string[];
  kept: string[];
}

export interface SetupDiff {
  changed: SetupChange[];
  subject: { a: string; b: string };
  body: DiffPart[];
  senders: SetDiff;
  seeds: SetDiff;
  deliveryMode: { a: string; b: string };
  textOnly: { a: boolean; b: boolean };
}

export function setupFactsOf(placementTest: PlacementTest): SetupFacts {
  return {
    subject: placementTest.email_subject,
    body: placementTest.email_body,
    senders: [
      ...placementTest.emails.map((e) => e.toLowerCase()),
      ...(placementTest.tags ?? []).map((id) => `tag:${id}`),
    ],
    seeds: (placementTest.recipients_labels ?? []).map(describeLabel),
    deliveryMode:
      placementTest.delivery_mode === null || placementTest.delivery_mode === undefined
        ? 'Not set'
        : DELIVERY_MODE_LABELS[placementTest.delivery_mode],
    textOnly: placementTest.text_only === true,
  };
}

export function setDiff(a: readonly string[], b: readonly string[]): SetDiff {
  const left = new Set(a);
  const right = new Set(b);
  const sorted = (items: Iterable<string>) => [...new Set(items)].sort();
  return {
    added: sorted(b.filter((x) => !left.has(x))),
    removed: sorted(a.filter((x) => !right.has(x))),
    kept: sorted(a.filter((x) => right.has(x))),
  };
}

export function diffSetup(a: SetupFacts, b: SetupFacts): SetupDiff {
  const senders = setDiff(a.senders, b.senders);
  const seeds = setDiff(a.seeds, b.seeds);
  const changed: SetupChange[] = [];
  if (a.subject !== b.subject) changed.push('subject');
  if (a.body !== b.body) changed.push('body');
  if (senders.added.length + senders.removed.length > 0) changed.push('senders');
  if (seeds.added.length + seeds.removed.length > 0) changed.push('seeds');
  if (a.deliveryMode !== b.deliveryMode) changed.push('deliveryMode');
  if (a.textOnly !== b.textOnly) changed.push('textOnly');
  return {
    changed,
    subject: { a: a.subject, b: b.subject },
    body: a.body === b.body ? [{ kind: 'same', text: a.body }] : diffText(a.body, b.body),
    senders,
    seeds,
    deliveryMode: { a: a.deliveryMode, b: b.deliveryMode },
    textOnly: { a: a.textOnly, b: b.textOnly },
  };
}

const CONTENT: readonly SetupChange[] = ['subject', 'body', 'textOnly'];

/** "subject and body", "senders, seed labels and delivery mode". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Which kind of cause the setup diff points to, when it holds one side still; null when it
 * cannot tell (several kinds changed at once).
 */
export function causeHint(diff: SetupDiff, sameTest: boolean): string {
  const changed = diff.changed;
  if (changed.length === 0) {
    return sameTest
      ? 'Two runs of one test, same setup: the difference comes from sender reputation or the providers’ filtering over time, not from the copy.'
      : 'Same copy, senders, seeds and delivery: the difference comes from sender reputation or the providers’ filtering over time.';
  }
  const names = listWords(changed.map((c) => SETUP_CHANGE_NAMES[c]));
  const only = `only the ${names} changed`;
  if (changed.every((c) => CONTENT.includes(c))) return `Same senders and seeds; ${only}: content.`;
  if (changed.length === 1 && changed[0] === 'senders') {
    return `Same copy and seeds; ${only}: infrastructure (sender reputation, domains, authentication).`;
  }
  if (changed.length === 1 && changed[0] === 'deliveryMode') {
    return `Same copy, senders and seeds; ${only}: the sending pattern.`;
  }
  if (changed.length === 1 && changed[0] === 'seeds') {
    return `Same copy and senders; ${only}: the figures cover different providers, so read them per provider.`;
  }
  return `The ${names} all changed: the setup does not hold one side still, so it cannot point to one cause.`;
}
