import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-browser';

// `npm test` builds dist/ first; the webServer only starts the production server on it.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  // One worker on our 2-core machines: the server and Chromium need the other core.
  fullyParallel: false,
  workers: 1,
  // A flaky test is a bug to fix, not to retry away, on CI too.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
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
        },
      },
    },
  ],
  webServer: {
    command: 'node --import tsx server/main.ts',
    url: `${baseURL}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      EMULATOR_DB: ':memory:',
      EMULATOR_CONTROL: '1',
    },
  },
});
