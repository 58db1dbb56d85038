import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-browser';
import {
  FAKE_KEYS,
  FAKE_URL,
  TEST_KEY,
  UPSTREAM_PORTS,
  UPSTREAM_SERVER_URL,
  WORKSPACES,
} from './e2e/upstream-env';

// `npm test` builds dist/ first; the webServer only starts the production server on it.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
const UPSTREAM_SPECS = /upstream-.*\.spec\.ts$/;

const launchOptions = {
  // Playwright cannot download browsers here; see docs/decisions/004-tooling-and-ci.md.
  executablePath: findChromium(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    // The network is closed: stop Chromium's own update and telemetry traffic.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** The production server on the built dist/, as `npm start` runs it, with its own environment. */
function dashboardServer(serverPort: number, env: Record<string, string>) {
  return {
    command: 'node --import tsx server/main.ts',
    url: `http://127.0.0.1:${serverPort}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    // The drawn first page waits this long for the API (default 300 ms): the journeys check what
    // is drawn, and a busy machine sharing two cores with Chromium can take longer (ADR 015).
    // Each server its own throwaway results store: the upstream ones would otherwise share
    // data/results.sqlite with each other and with earlier runs (ADR 020).
    env: { PORT: String(serverPort), HOST: '127.0.0.1', FIRST_PAINT_BUDGET_MS: '10000', RESULTS_DB: ':memory:', ...env },
  };
}

export default defineConfig({
  testDir: 'e2e',
  // One worker on our 2-core machines: the server and Chromium need the other core.
  fullyParallel: false,
  workers: 1,
  // A flaky test is a bug to fix, not to retry away, on CI too.
  retries: 0,
  // Ceilings, not measures (ADR 015): a journey waits for what a user waits for (a heading, a
  // row, a message), and these only say when to give up. They allow for a machine whose second
  // core is busy with something else; speed is measured in docs/benchmarks.md, never here.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      // The emulator journeys.
      name: 'chromium',
      testIgnore: UPSTREAM_SPECS,
      use: { browserName: 'chromium', launchOptions },
    },
    {
      // The real-API mode against a fake Instantly on loopback (e2e/upstream-env.ts).
      name: 'upstream',
      testMatch: UPSTREAM_SPECS,
      use: { browserName: 'chromium', launchOptions, baseURL: UPSTREAM_SERVER_URL },
    },
  ],
  webServer: [
    // Automation journeys call a webhook receiver on loopback (ADR 017).
    dashboardServer(port, { EMULATOR_DB: ':memory:', EMULATOR_CONTROL: '1', WEBHOOK_ALLOW_PRIVATE: '1' }),
    {
      command: 'node --import tsx testing/fakes/fake-upstream-server.ts',
      url: `${FAKE_URL}/__fake/requests`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { FAKE_UPSTREAM_PORT: String(UPSTREAM_PORTS.fake), FAKE_UPSTREAM_KEYS: JSON.stringify(FAKE_KEYS) },
    },
    // The unused variable is blanked so a value in the developer's shell cannot clash with it.
    dashboardServer(UPSTREAM_PORTS.server, {
      INSTANTLY_API_KEY: TEST_KEY,
      INSTANTLY_WORKSPACES: '',
      INSTANTLY_API_URL: FAKE_URL,
    }),
    dashboardServer(UPSTREAM_PORTS.workspaces, {
      INSTANTLY_WORKSPACES: JSON.stringify(WORKSPACES),
      INSTANTLY_API_KEY: '',
      INSTANTLY_API_URL: FAKE_URL,
    }),
  ],
});
