// Which Chromium Playwright should launch. Playwright cannot download its browsers on our
// machines, so Debian's package is the usual answer (docs/decisions/004-tooling-and-ci.md).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

export const MISSING_BROWSER_MESSAGE =
  'No Chromium found. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`.';

export interface FindChromiumOptions {
  exists?: (path: string) => boolean;
  env?: Record<string, string | undefined>;
  /** Where Playwright's own Chromium would be; undefined if Playwright cannot say. */
  bundledPath?: () => string | undefined;
}

function playwrightBundledPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Playwright's bundled Chromium if installed, else Debian's, else `CHROME_PATH`. */
export function findChromium({
  exists = existsSync,
  env = process.env,
  bundledPath = playwrightBundledPath,
}: FindChromiumOptions = {}): string | undefined {
  const candidates = [bundledPath(), ...SYSTEM_CHROMIUM_PATHS, env.CHROME_PATH];
  return candidates.find(
    (candidate): candidate is string => candidate !== undefined && candidate !== '' && exists(candidate),
  );
}

function isMain(): boolean {
  const script = process.argv[1];
  return script !== undefined && import.meta.url === pathToFileURL(script).href;
}

if (isMain() && process.argv.includes('--check')) {
  const browser = findChromium();
  if (browser) {
    console.log(`Playwright will use Chromium at ${browser}`);
  } else {
    if (process.env.CHROME_PATH) console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
    console.error(MISSING_BROWSER_MESSAGE);
    process.exit(1);
  }
}
