// Screenshots of screens as users see them: light and dark, wide and narrow.
// Usage: tsx scripts/screenshots.ts [baseURL] [path ...]   (server must be running)
// Writes screenshots/<name>-<scheme>-<width>.png for looking at with an image viewer.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-browser';

const [baseURL = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ['/tests', '/tests/new', '/no-such-page'];
const viewports = [
  { name: 'wide', width: 1440, height: 900 },
  { name: 'narrow', width: 390, height: 844 },
];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
for (const scheme of ['light', 'dark'] as const) {
  for (const vp of viewports) {
    const page = await browser.newPage({ viewport: vp, colorScheme: scheme });
    for (const path of targets) {
      await page.goto(baseURL + path);
      await page.waitForLoadState('networkidle');
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
      await page.screenshot({ path: `screenshots/${name}-${scheme}-${vp.name}.png`, fullPage: true });
    }
    await page.close();
  }
}
await browser.close();
console.log('Screenshots written to screenshots/');
