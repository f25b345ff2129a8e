import { chromiumPath, missingChromiumMessage } from './chromium.mjs';

if (!chromiumPath) {
  console.error(missingChromiumMessage);
  process.exit(1);
}
console.log(`Using Chromium at ${chromiumPath}`);
