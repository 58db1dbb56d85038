import { describe, expect, it } from 'vitest';
import { findChromium } from './find-browser';

const BUNDLED = '/home/ci/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A file system that holds exactly the given paths. */
const onDisk =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

const find = (existing: string[], env: Record<string, string | undefined> = {}) =>
  findChromium({ exists: onDisk(...existing), env, bundledPath: () => BUNDLED });

describe('findChromium', () => {
  it("prefers Playwright's own Chromium when it is installed", () => {
    expect(
      find([BUNDLED, '/usr/bin/chromium', '/usr/bin/chromium-browser'], { CHROME_PATH: '/opt/chrome' }),
    ).toBe(BUNDLED);
  });

  it("falls back to Debian's /usr/bin/chromium", () => {
    expect(
      find(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/opt/chrome'], { CHROME_PATH: '/opt/chrome' }),
    ).toBe('/usr/bin/chromium');
  });

  it('then to /usr/bin/chromium-browser (Ubuntu naming)', () => {
    expect(find(['/usr/bin/chromium-browser', '/opt/chrome'], { CHROME_PATH: '/opt/chrome' })).toBe(
      '/usr/bin/chromium-browser',
    );
  });

  it('then to CHROME_PATH', () => {
    expect(find(['/opt/chrome'], { CHROME_PATH: '/opt/chrome' })).toBe('/opt/chrome');
  });

  it('ignores a CHROME_PATH that does not exist', () => {
    expect(find([], { CHROME_PATH: '/opt/chrome' })).toBeUndefined();
  });

  it('finds nothing when no browser is on disk', () => {
    expect(find([])).toBeUndefined();
  });

  it('skips the bundled browser when Playwright cannot name one', () => {
    const found = findChromium({
      exists: onDisk('/usr/bin/chromium'),
      env: {},
      bundledPath: () => undefined,
    });
    expect(found).toBe('/usr/bin/chromium');
  });
});
