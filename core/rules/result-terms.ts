/**
 * The one glossary of result terms. Every screen, both CSV exports and docs/product.md
 * ("Glossary of results") use these words with these meanings: a word on two screens means the
 * same thing on both. Labels are UI copy; definitions are what a tooltip or description says.
 */
export const RESULT_TERMS = {
  expected: {
    label: 'Expected',
    definition: 'Emails the test should send: its senders × its seed inboxes, per run.',
  },
  sent: { label: 'Sent', definition: 'Emails Instantly sent to a seed inbox.' },
  received: {
    label: 'Received',
    definition: 'Sent emails a seed inbox has seen, so their placement is known.',
  },
  inbox: { label: 'Inbox', definition: 'Received in the main inbox.' },
  category: {
    label: 'Category tab',
    definition: 'Received in a tab such as Gmail’s Promotions or Updates: not spam, but less visible.',
  },
  spam: { label: 'Spam', definition: 'Received in the spam or junk folder.' },
  landed: {
    label: 'Landed',
    definition: 'Inbox plus category tab: received anywhere but spam. Sender health is judged on it.',
  },
  stillArriving: {
    label: 'Still arriving',
    definition:
      'Sent, not seen yet, in the newest run and within 3 hours of its last send: seed inboxes are checked about every 25 minutes.',
  },
  missing: {
    label: 'Missing',
    definition: 'Sent but never seen: 3 hours have passed since the run’s last send, or the test is complete.',
  },
  silent: {
    label: 'Silent',
    definition:
      'A sender the test lists that sent nothing, usually a paused or failing account Instantly skipped.',
  },
} as const;

export type ResultTerm = keyof typeof RESULT_TERMS;

/** "Landed (inbox + category tab)": the label with what it adds up, where a table heads a column. */
export const LANDED_HEADING = `${RESULT_TERMS.landed.label} (inbox + category tab)`;
