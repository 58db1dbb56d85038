/**
 * The demo workspace: a small agency with four sending domains and ~30 tests covering every
 * status, both types, not-sending states and schedules in several Instantly timezones.
 */
// prettier-ignore
export const DEMO_ACCOUNTS = [
  { email: 'jane.cooper@acme-outbound.com', first: 'Jane', last: 'Cooper', provider: 2, status: 1 },
  { email: 'mark.ellis@acme-outbound.com', first: 'Mark', last: 'Ellis', provider: 2, status: 1 },
  { email: 'sofia.ramos@acme-outbound.com', first: 'Sofia', last: 'Ramos', provider: 2, status: 1 },
  { email: 'jane@getacme.io', first: 'Jane', last: 'Cooper', provider: 3, status: 1 },
  { email: 'tom@getacme.io', first: 'Tom', last: 'Becker', provider: 3, status: 1 },
  { email: 'priya@getacme.io', first: 'Priya', last: 'Natarajan', provider: 3, status: 2 },
  { email: 'alex@northwind-mail.co', first: 'Alex', last: 'Morgan', provider: 2, status: 1 },
  { email: 'dana@northwind-mail.co', first: 'Dana', last: 'Whitfield', provider: 2, status: -1 },
  { email: 'lee@northwind-mail.co', first: 'Lee', last: 'Park', provider: 2, status: 1, placementLimit: 0 },
  { email: 'olivia@brightleaf-sales.com', first: 'Olivia', last: 'Hart', provider: 3, status: 1 },
  { email: 'noah@brightleaf-sales.com', first: 'Noah', last: 'Fischer', provider: 3, status: -3 },
  { email: 'emma@brightleaf-sales.com', first: 'Emma', last: 'Rossi', provider: 3, status: 1 },
] as const;

/** The sender whose day of sending is used up in the demo: the Northwind tests cannot send. */
export const DAILY_LIMIT_REACHED = 'alex@northwind-mail.co';

// prettier-ignore
export const DEMO_TAGS = [
  { key: 'acme', label: 'Acme — primary senders', description: 'Client mailboxes used for Acme outbound', accounts: ['jane.cooper@acme-outbound.com', 'mark.ellis@acme-outbound.com', 'sofia.ramos@acme-outbound.com'] },
  { key: 'warmup', label: 'Acme — warmup pool', description: 'New mailboxes still ramping up', accounts: ['jane@getacme.io', 'tom@getacme.io', 'priya@getacme.io'] },
  { key: 'northwind', label: 'Northwind', description: null, accounts: ['alex@northwind-mail.co', 'dana@northwind-mail.co', 'lee@northwind-mail.co'] },
  { key: 'brightleaf', label: 'Brightleaf', description: 'Agency client since 2025', accounts: ['olivia@brightleaf-sales.com', 'noah@brightleaf-sales.com', 'emma@brightleaf-sales.com'] },
  { key: 'google', label: 'Google senders', description: null, accounts: ['jane.cooper@acme-outbound.com', 'mark.ellis@acme-outbound.com', 'alex@northwind-mail.co'] },
  { key: 'microsoft', label: 'Microsoft senders', description: 'Microsoft 365 mailboxes', accounts: ['jane@getacme.io', 'tom@getacme.io', 'olivia@brightleaf-sales.com'] },
] as const;
export type DemoTagKey = (typeof DEMO_TAGS)[number]['key'];

// prettier-ignore
export const DEMO_CAMPAIGNS = [
  { key: 'q3', name: 'Q3 SaaS founders — US', status: 1, tags: ['acme'] },
  { key: 'dach', name: 'Agency outreach — DACH', status: 1, tags: ['brightleaf'] },
  { key: 'reengage', name: 'Re-engagement — dormant trials', status: 2, tags: [] },
  { key: 'partner', name: 'Partner program launch', status: 3, tags: ['acme'] },
  { key: 'holiday', name: 'Holiday promo — EU', status: 0, tags: ['northwind'] },
] as const;
export type DemoCampaignKey = (typeof DEMO_CAMPAIGNS)[number]['key'];

/** Label sets by shorthand: US = the four US options, DE/IT/FR = that country's options. */
export type LabelSet = 'US' | 'US-G' | 'US-O' | 'DE' | 'IT' | 'FR' | 'EU' | 'ALL';

export interface DemoTest {
  name: string;
  type: 1 | 2;
  status: 1 | 2 | 3;
  /** Weekdays (0 = Sunday), HH:MM, Instantly timezone; automated tests only. */
  schedule?: [days: number[], from: string, timezone: string];
  senders: string[];
  tags?: DemoTagKey[];
  labels: LabelSet;
  method?: 1 | 2;
  campaign?: DemoCampaignKey;
  automations?: 'placement' | 'blacklist' | 'both';
  textOnly?: boolean;
  description?: string;
  /** Past runs to generate (history for the analytics and report screens). */
  runs?: number;
  /** A one-time test whose only run went out 35 minutes ago: results are still arriving. */
  collecting?: boolean;
  /** Fixed copy instead of a random pick (the compare showcase holds everything else still). */
  copy?: { subject: string; body: string; deliveryMode: 1 | 2 };
}

const ACME = ['jane.cooper@acme-outbound.com', 'mark.ellis@acme-outbound.com'];
const GETACME = ['jane@getacme.io', 'tom@getacme.io', 'priya@getacme.io'];
const NORTHWIND = ['alex@northwind-mail.co', 'dana@northwind-mail.co', 'lee@northwind-mail.co'];
const BRIGHTLEAF = ['olivia@brightleaf-sales.com', 'noah@brightleaf-sales.com', 'emma@brightleaf-sales.com'];
const WEEKDAYS = [1, 2, 3, 4, 5];
/** The tracking-domain pair: one body, two link domains (a shared shortener, then the sender's own). */
const trackedBody = (link: string) =>
  `<p>Hi {{firstName}},</p><p>Our 2026 cold email benchmark is out: <a href="${link}">read it here</a>.</p><p>Not relevant? Reply "stop" and I will not follow up.</p>`;

// prettier-ignore
export const DEMO_TESTS: DemoTest[] = [
  { name: 'Weekly Gmail check — Acme outbound', type: 2, status: 1, schedule: [[1], '09:00', 'America/Chicago'], senders: ACME, labels: 'US-G', campaign: 'q3', automations: 'placement', runs: 6, description: 'Monday morning check before the weekly send' },
  { name: 'Daily Outlook pulse — getacme.io', type: 2, status: 1, schedule: [WEEKDAYS, '07:30', 'America/Detroit'], senders: GETACME, labels: 'US-O', runs: 15 },
  { name: 'DACH launch — Web.de + Google DE', type: 2, status: 1, schedule: [[2, 4], '08:00', 'Europe/Belgrade'], senders: BRIGHTLEAF, labels: 'DE', campaign: 'dach', runs: 6 },
  { name: 'Italy seed sweep — Libero', type: 2, status: 2, schedule: [[3], '10:00', 'Europe/Sarajevo'], senders: ACME, labels: 'IT', runs: 3 },
  { name: 'France placement — Q3 campaign', type: 2, status: 1, schedule: [[1, 3, 5], '09:30', 'Africa/Ceuta'], senders: ACME, labels: 'FR', campaign: 'q3', runs: 6 },
  { name: 'Northwind domain recovery — daily', type: 2, status: 1, schedule: [WEEKDAYS, '06:00', 'America/Boise'], senders: NORTHWIND, labels: 'US', automations: 'both', runs: 10 },
  { name: 'Brightleaf warmup check', type: 2, status: 2, schedule: [[6], '12:00', 'Asia/Kolkata'], senders: BRIGHTLEAF, labels: 'US-G', runs: 3 },
  { name: 'Pre-send check — Partner program launch', type: 1, status: 3, senders: ACME, labels: 'US', campaign: 'partner', runs: 1 },
  { name: 'New copy A/B — subject line v2', type: 1, status: 3, senders: ['sofia.ramos@acme-outbound.com'], labels: 'US-G', runs: 1 },
  { name: 'Holiday promo — EU seeds', type: 1, status: 3, senders: NORTHWIND, labels: 'EU', campaign: 'holiday', runs: 1 },
  { name: 'Outside-Instantly relay test (SendGrid)', type: 1, status: 1, senders: ['news@mail.acme-outbound.com'], labels: 'US', method: 2 },
  { name: 'Postmark transactional check', type: 1, status: 3, senders: ['receipts@acme-outbound.com'], labels: 'US-G', method: 2, runs: 1 },
  { name: 'Agency client: Brightleaf — weekly', type: 2, status: 1, schedule: [[2], '14:00', 'Australia/Melbourne'], senders: [], tags: ['brightleaf'], labels: 'US', runs: 4 },
  { name: 'Agency client: Northwind — weekly', type: 2, status: 1, schedule: [[4], '15:00', 'America/Chicago'], senders: [], tags: ['northwind'], labels: 'US', runs: 3 },
  { name: 'Cold intro v3 — Google personal only', type: 1, status: 3, senders: ACME, labels: 'US-G', runs: 1 },
  { name: 'Microsoft 365 tenant check', type: 1, status: 1, senders: GETACME, labels: 'US-O', collecting: true },
  { name: 'Link-heavy template stress test', type: 1, status: 3, senders: ['mark.ellis@acme-outbound.com'], labels: 'ALL', runs: 1 },
  { name: 'Plain-text vs HTML — text only', type: 1, status: 3, senders: ACME, labels: 'US', textOnly: true, runs: 1 },
  { name: 'Weekly full-matrix — all providers', type: 2, status: 1, schedule: [[1], '05:00', 'Europe/Isle_of_Man'], senders: [...ACME, 'olivia@brightleaf-sales.com'], labels: 'ALL', automations: 'placement', runs: 4 },
  { name: 'Monthly domain health — getacme.io', type: 2, status: 2, schedule: [[0], '20:00', 'America/Detroit'], senders: GETACME, labels: 'US', runs: 3 },
  { name: 'Re-engagement sequence pre-flight', type: 1, status: 2, senders: ACME, labels: 'US', campaign: 'reengage' },
  { name: 'Sales-ops sanity check', type: 1, status: 3, senders: ['tom@getacme.io'], labels: 'US-O', runs: 1 },
  { name: 'Dubai office senders — weekly', type: 2, status: 1, schedule: [[0, 1], '10:00', 'Asia/Dubai'], senders: ['emma@brightleaf-sales.com'], labels: 'EU', runs: 6 },
  { name: 'LATAM expansion — Gmail check', type: 2, status: 1, schedule: [[2], '09:00', 'America/Sao_Paulo'], senders: ACME, labels: 'US-G', runs: 4 },
  { name: 'APAC senders — Outlook', type: 2, status: 3, schedule: [[3], '08:00', 'Pacific/Auckland'], senders: ['olivia@brightleaf-sales.com'], labels: 'US-O', runs: 5 },
  { name: 'Daily limits probe — Acme warmup pool', type: 2, status: 1, schedule: [WEEKDAYS, '11:00', 'America/Chicago'], senders: [], tags: ['warmup'], labels: 'US', runs: 5 },
  { name: 'Tracking domain swap — before', type: 1, status: 3, senders: ACME, labels: 'US', runs: 1, copy: { subject: 'Idea for your Q3 pipeline', body: trackedBody('https://bit.ly/acme-bench'), deliveryMode: 1 } },
  { name: 'Tracking domain swap — after', type: 1, status: 3, senders: ACME, labels: 'US', runs: 1, copy: { subject: 'Idea for your Q3 pipeline', body: trackedBody('https://go.acme-outbound.com/bench'), deliveryMode: 1 } },
  { name: 'Spintax template check', type: 1, status: 1, senders: ['sofia.ramos@acme-outbound.com'], labels: 'DE', collecting: true },
  { name: 'Blacklist watch — Northwind', type: 2, status: 1, schedule: [[4], '16:00', 'America/Chicago'], senders: ['alex@northwind-mail.co'], labels: 'US-G', automations: 'blacklist', runs: 3 },
];

export const SUBJECTS = [
  'Quick question about {{companyName}}',
  'Idea for your Q3 pipeline',
  '{{firstName}}, worth a 10-minute call?',
  'Re: your outbound stack',
  'Saw your post on LinkedIn',
  'QUICK QUESTION ABOUT YOUR OUTBOUND',
];
export const BODIES = [
  '<p>Hi {{firstName}},</p><p>Noticed {{companyName}} is hiring SDRs. We help teams like yours book 30% more meetings without adding headcount.</p><p>Worth a quick chat next week?</p><p>Best,<br>Jane</p>',
  'Hi {{firstName}},\n\nShort one: we cut reply time for agencies by half. Open to seeing how?\n\nThanks,\nMark',
  '<p>Hey {{firstName}},</p><p>Here is the <a href="https://acme-outbound.com/case-study">case study</a> I mentioned. Three links, two images, one CTA.</p>',
  '<p>Hi {{firstName}},</p><p>Our 2026 cold email benchmark is out: <a href="https://bit.ly/acme-bench">bit.ly/acme-bench</a> <img src="https://acme-outbound.com/chart.png" alt="Chart"></p><p>Not relevant? Reply "stop" and I will not follow up.</p>',
];
