/**
 * Where the real-API journeys (e2e/upstream-*.spec.ts) run: a fake Instantly on loopback and two
 * dashboard servers forwarding to it, one with INSTANTLY_API_KEY, one with INSTANTLY_WORKSPACES.
 * Ports follow E2E_PORT, so parallel runs on other ports do not collide. The keys are test values
 * that only the fake knows.
 */
const base = Number(process.env.E2E_PORT ?? 4173);

export const UPSTREAM_PORTS = { server: base + 1, fake: base + 2, workspaces: base + 3 };
export const FAKE_URL = `http://127.0.0.1:${UPSTREAM_PORTS.fake}`;
export const UPSTREAM_SERVER_URL = `http://127.0.0.1:${UPSTREAM_PORTS.server}`;
export const WORKSPACES_SERVER_URL = `http://127.0.0.1:${UPSTREAM_PORTS.workspaces}`;

export const TEST_KEY = 'e2e-key-Kd93jf02mZq81xPw';
export const WORKSPACES = [
  { name: 'Acme', key: 'e2e-acme-key-7Hq2Lm9Vx4Tz' },
  { name: 'Globex', key: 'e2e-globex-key-Pz5Nc8Rw3Yk' },
];
/** Every key the fake answers to, with the workspace whose data it sees. */
export const FAKE_KEYS: Record<string, string> = {
  [TEST_KEY]: 'Acme',
  ...Object.fromEntries(WORKSPACES.map((w) => [w.key, w.name])),
};
