import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page, type Route } from '@playwright/test';
import type { CreatePlacementTestBody } from '../core/contract/placement-test-requests';
import type { PlacementTest } from '../core/contract/placement-tests';

/**
 * Journeys talk to the real server and its emulator. Each starts from a state it sets: the
 * emulator's data and clock are reset before every journey (`freshEmulator`, ADR 015), so none
 * depends on what ran before it or on how far an earlier one moved the clock. Fixtures still
 * clean up after themselves (tests made through `createTest` are deleted, faults cleared).
 */

export const SENDERS = ['alex@acme-outbound.com', 'sam@acme-outbound.com'];

export function testBody(overrides: Partial<CreatePlacementTestBody> = {}): CreatePlacementTestBody {
  return {
    name: `E2E ${Math.random().toString(36).slice(2, 8)}`,
    type: 1,
    sending_method: 1,
    email_subject: 'Quarterly check-in',
    email_body: '<p>Hi there, just checking in.</p>',
    emails: SENDERS,
    recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
    ...overrides,
  };
}

type Fixtures = {
  /** Automatic: the emulator's demo data, clock and faults as at start, before each journey. */
  freshEmulator: undefined;
  /** Create a test through the dashboard's own /api/v2 (as the browser would); deleted after. */
  createTest: (overrides?: Partial<CreatePlacementTestBody>) => Promise<PlacementTest>;
  /** Emulator control routes (loopback only): faults, clock, bulk seed. Faults cleared after. */
  emulator: EmulatorControl;
  /** Run axe (WCAG 2.1 AA) on the current page and assert no violations. */
  checkA11y: (page?: Page) => Promise<void>;
};

export class EmulatorControl {
  constructor(private readonly request: APIRequestContext) {}
  async faults(body: Record<string, unknown>) {
    const res = await this.request.post('/__emulator/faults', { data: body });
    expect(res.ok(), await res.text()).toBe(true);
  }
  async clearFaults() {
    await this.request.delete('/__emulator/faults');
  }
  async advanceClock(ms: number) {
    const res = await this.request.post('/__emulator/clock', { data: { advanceMs: ms } });
    expect(res.ok(), await res.text()).toBe(true);
  }
  async getTest(id: string): Promise<PlacementTest | null> {
    const res = await this.request.get(`/api/v2/inbox-placement-tests/${id}`);
    if (res.status() === 404) return null;
    expect(res.ok(), await res.text()).toBe(true);
    return (await res.json()) as PlacementTest;
  }
}

/**
 * Mantine classes (`m_…`) on the page that no loaded style sheet has a rule for. Mantine's CSS is
 * imported per component (src/app/mantine-styles.ts, ADR 010): a component used without its
 * import would render unstyled, and this names it.
 */
async function unstyledMantineClasses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const styled = new Set<string>();
    const collect = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) for (const m of rule.selectorText.matchAll(/\.(m_[0-9a-f]+)/g)) styled.add(m[1]!);
        if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
    const used = new Set<string>();
    for (const el of Array.from(document.querySelectorAll('[class*="m_"]')))
      for (const c of Array.from(el.classList)) if (/^m_[0-9a-f]+$/.test(c)) used.add(c);
    return [...used].filter((c) => !styled.has(c)).sort();
  });
}

export const test = base.extend<Fixtures>({
  freshEmulator: [
    async ({ request }, use, testInfo) => {
      // The real-API journeys (project `upstream`) run against a fake Instantly, reset by its own fixture.
      if (testInfo.project.name === 'chromium') {
        const res = await request.post('/__emulator/reset', { data: {} });
        expect(res.ok(), await res.text()).toBe(true);
      }
      await use(undefined);
    },
    { auto: true },
  ],
  createTest: async ({ request }, use) => {
    const created: string[] = [];
    await use(async (overrides) => {
      const res = await request.post('/api/v2/inbox-placement-tests', { data: testBody(overrides) });
      expect(res.ok(), await res.text()).toBe(true);
      const placementTest = (await res.json()) as PlacementTest;
      created.push(placementTest.id);
      return placementTest;
    });
    for (const id of created) await request.delete(`/api/v2/inbox-placement-tests/${id}`);
  },
  emulator: async ({ request }, use) => {
    const control = new EmulatorControl(request);
    await use(control);
    await control.clearFaults();
  },
  checkA11y: async ({ page }, use) => {
    await use(async (target = page) => {
      // A script-less sandboxed frame (the email preview: user content, not our UI) cannot host axe.
      const results = await new AxeBuilder({ page: target })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .exclude('iframe[sandbox=""]')
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary, 'axe WCAG 2.1 AA violations').toEqual([]);
      expect(await unstyledMantineClasses(target), 'Mantine components on screen without their CSS').toEqual([]);
    });
  },
  page: async ({ page }, use) => {
    // Any console error on any screen fails the journey: users would see a broken app.
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await use(page);
    expect(errors.filter((e) => !isExpectedNetworkError(e) && !isSandboxProbe(e)), 'console errors').toEqual([]);
  },
});

/** Journeys that inject API faults expect the browser to log the failed requests. */
let expectedNetworkErrors = false;
export function allowFailedRequests() {
  expectedNetworkErrors = true;
}
test.beforeEach(() => {
  expectedNetworkErrors = false;
});
/**
 * Test tooling (axe, Playwright's frame utilities) probing the email preview, a `sandbox=""`
 * srcdoc frame with no scripts of its own: Chromium refusing is the sandbox doing its job.
 */
function isSandboxProbe(message: string) {
  return message.startsWith("Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed");
}
function isExpectedNetworkError(message: string) {
  return expectedNetworkErrors && /Failed to load resource|status of (4|5)\d\d/.test(message);
}

/**
 * Holds the app's scripts back, to see what the page shows before they arrive (the shell, or the
 * list drawn on the server); call the returned function to let them through.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Holds the browser's requests of `method` whose path and query match `path` until `release()`:
 * "the server is slow" as a step of the journey, however fast or busy the machine is.
 */
export async function holdRequests(page: Page, method: string, path: RegExp) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let count = 0;
  const matches = (url: URL) => path.test(url.pathname + url.search);
  const handler = async (route: Route) => {
    if (route.request().method() !== method) return route.fallback();
    count += 1;
    await held;
    return route.fallback();
  };
  await page.route(matches, handler);
  return {
    count: () => count,
    release: async () => {
      release();
      await page.unroute(matches, handler);
    },
  };
}

/**
 * Counts the page's requests of `method` to `pathname`. `settled()` first sends one more request
 * from the page and waits to see it: request events arrive in order, so every earlier request has
 * been counted by then.
 */
export function countRequests(page: Page, method: string, pathname: string) {
  let count = 0;
  const marker = `/healthz?count-marker=${Math.random().toString(36).slice(2)}`;
  page.on('request', (r) => {
    if (r.method() === method && new URL(r.url()).pathname === pathname) count += 1;
  });
  return {
    settled: async () => {
      const seen = page.waitForRequest((r) => r.url().endsWith(marker));
      await page.evaluate((url) => fetch(url).then(() => undefined), marker);
      await seen;
      return count;
    },
  };
}

export { expect };
