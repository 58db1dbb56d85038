import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base, expect } from './fixtures';
import { FAKE_URL } from './upstream-env';

/**
 * The fake Instantly's control routes (testing/fakes/fake-instantly.ts), cleared before and after each
 * journey so scripted answers never leak into the next one.
 */
export interface ScriptedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  method?: string;
  /** A regular expression on the path, e.g. `^/api/v2/inbox-placement-tests$`. */
  path?: string;
  /** Only requests made with this API key (one workspace's). */
  key?: string;
  times?: number;
}
export interface SeenRequest {
  method: string;
  url: string;
  authorization: string | null;
}
export interface FakeInstantly {
  next: (answer: ScriptedAnswer) => Promise<void>;
  requests: () => Promise<SeenRequest[]>;
  reset: () => Promise<void>;
  /** Move the fake's clocks forward: runs happen, results arrive, rules fire. */
  advanceClock: (ms: number) => Promise<void>;
}

export const test = base.extend<{ fake: FakeInstantly }>({
  fake: async ({ playwright }, use) => {
    const control = await playwright.request.newContext({ baseURL: FAKE_URL });
    const fake: FakeInstantly = {
      async next(answer) {
        const res = await control.post('/__fake/next', { data: answer });
        expect(res.ok(), await res.text()).toBe(true);
      },
      async requests() {
        return ((await (await control.get('/__fake/requests')).json()) as { requests: SeenRequest[] })
          .requests;
      },
      async advanceClock(ms) {
        const res = await control.post('/__fake/clock', { data: { advanceMs: ms } });
        expect(res.ok(), await res.text()).toBe(true);
      },
      async reset() {
        expect((await control.post('/__fake/reset')).ok()).toBe(true);
      },
    };
    await fake.reset();
    await use(fake);
    await fake.reset();
    await control.dispose();
  },
});

/** Every file of the built app, as text (what any visitor can download). */
export async function builtFiles(dir = 'dist'): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (path) => ({ path, text: await readFile(path, 'latin1') })));
}

export { expect };
