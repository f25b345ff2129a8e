// Finds the Chromium that tests drive. Playwright's own browser download cannot work on
// machines without general network access, so we use the system's Chromium.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

export const chromiumPath = candidates.find((path) => existsSync(path));

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Tests play voicemail audio without a real user gesture.
  '--autoplay-policy=no-user-gesture-required',
];

export const missingChromiumMessage = `No Chromium found (looked at: ${candidates.join(', ')}).
The browser tests drive the system's Chromium. Install it with:
  sudo apt-get update && sudo apt-get install -y chromium      (Debian/Ubuntu)
or point CHROME_PATH at an existing Chrome/Chromium binary:
  CHROME_PATH=/path/to/chrome npm test`;
