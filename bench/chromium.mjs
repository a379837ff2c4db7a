// Headless chromium for the benches that open a page (the HTML report, the fabric view): Debian's chromium driven by
// the playwright-core that scripts/e2e-setup.sh installed for the real-VS Code test (test/e2e/README.md), found as
// the tests find it (test/helpers/e2e-env.ts). Undefined when that setup is missing, so that a bench prints what it
// can measure without a browser.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { e2eSetting, missingSettings } = require('../out/test/helpers/e2e-env.js');

/** A launched browser (close it), or undefined when the e2e setup is not installed. */
export async function launchChromium() {
  if (missingSettings(['PLAYWRIGHT_CORE', 'CHROMIUM']).length > 0) return undefined;
  const { chromium } = require(e2eSetting('PLAYWRIGHT_CORE'));
  return chromium.launch({ executablePath: e2eSetting('CHROMIUM'), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}
