// Headless Chromium (the system's, with the tests' flags) driven by playwright-core, and the
// CDP calls the sections need.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath, missingChromiumMessage } from '../chromium.mjs';

export async function launch() {
  if (!chromiumPath) throw new Error(missingChromiumMessage);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  return browser;
}

/** A fresh context and page on the bench page for `entry`, initialized (secret fetched). */
export async function openPage(browser, origin, entry, { instrument = false, init = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/?entry=${entry}${instrument ? '&instrument' : ''}`);
  if (init) await page.evaluate(() => window.__bench.init());
  return {
    page,
    cdp,
    errors,
    async heap({ gc = true } = {}) {
      if (gc) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    },
    domCounters: () => cdp.send('Memory.getDOMCounters'),
    close: () => context.close(),
  };
}

export const median = (values) => {
  const sorted = values
    .filter((v) => typeof v === 'number' && !Number.isNaN(v))
    .sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
