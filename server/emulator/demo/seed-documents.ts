import type { Random } from '../random';
import { uuidv7At } from '../store/uuidv7';

/**
 * Contract-shaped `Account`, `CustomTag` and `Campaign` documents for the demo workspace (and
 * for the strings `/__emulator/inject` adds).
 */
type AccountFixture = { email: string; first: string; last: string; status: number; provider: number; placementLimit?: number };

const STATUS_MESSAGES: Record<number, Record<string, unknown>> = {
  [-1]: {
    code: 'EAUTH',
    command: 'AUTH PLAIN',
    response: '535-5.7.8 Username and Password not accepted',
    e_message: 'Invalid login',
    responseCode: 535,
  },
  [-3]: {
    code: 'EENVELOPE',
    command: 'RCPT TO',
    response: '550 5.7.1 Sending quota exceeded',
    e_message: 'Message rejected',
    responseCode: 550,
  },
};

export function demoAccount(a: AccountFixture, created: Date, organizationId: string) {
  const iso = created.toISOString();
  return {
    email: a.email,
    timestamp_created: iso,
    timestamp_updated: iso,
    first_name: a.first,
    last_name: a.last,
    warmup: {
      limit: 40,
      advanced: {
        warm_ctd: false,
        open_rate: 0.95,
        important_rate: 0.8,
        read_emulation: true,
        spam_save_rate: 0.02,
        weekday_only: true,
      },
      warmup_custom_ftag: 'warmup',
      increment: 'disabled',
      reply_rate: 0.1,
    },
    added_by: null,
    daily_limit: 50,
    daily_limit_max: 100,
    warmup_limit_max: 50,
    modified_by: null,
    tracking_domain_name: null,
    tracking_domain_status: null,
    status: a.status,
    enable_slow_ramp: false,
    inbox_placement_test_limit: a.placementLimit ?? 10,
    organization: organizationId,
    warmup_status: a.status === 1 ? 1 : 0,
    ...(STATUS_MESSAGES[a.status] ? { status_message: STATUS_MESSAGES[a.status] } : {}),
    timestamp_warmup_start: iso,
    provider_code: a.provider,
    setup_pending: false,
    is_managed_account: false,
    stat_warmup_score: a.status === 1 ? 97 : 61,
    sending_gap: 10,
    signature: `${a.first} ${a.last}`,
    reply_to: null,
    autofix_failed: a.status < 0 ? true : null,
  };
}

export function demoTag(
  t: { label: string; description: string | null },
  created: Date,
  organizationId: string,
  random: Random,
) {
  const iso = created.toISOString();
  return {
    id: uuidv7At(created.getTime(), random),
    timestamp_created: iso,
    timestamp_updated: iso,
    organization_id: organizationId,
    label: t.label,
    description: t.description,
  };
}

export function demoCampaign(
  c: { name: string; status: number },
  created: Date,
  organizationId: string,
  random: Random,
) {
  const iso = created.toISOString();
  return {
    id: uuidv7At(created.getTime(), random),
    name: c.name,
    status: c.status,
    campaign_schedule: {
      start_date: iso.slice(0, 10),
      end_date: null,
      schedules: [
        {
          name: 'Business hours',
          timing: { from: '09:00', to: '17:00' },
          days: { '0': false, '1': true, '2': true, '3': true, '4': true, '5': true, '6': false },
          timezone: 'America/Chicago',
        },
      ],
    },
    timestamp_created: iso,
    timestamp_updated: iso,
    daily_limit: 200,
    text_only: false,
    stop_on_reply: true,
    link_tracking: false,
    open_tracking: false,
    email_list: [],
    email_tag_list: [],
    organization: organizationId,
  };
}
