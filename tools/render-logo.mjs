// `npm run logo`: renders assets/logo.svg into the PNG sizes Google asks for (docs/publishing.md, "Logo"), with the
// Chromium the browser tests already find (test/browser/chromium.ts): no image package, no download. Run by tsx, so
// it can import that TypeScript helper.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test/browser/chromium.ts';

const LOGO_SIZES = [24, 32, 48, 96, 128];
const ASSETS = join(import.meta.dirname, '..', 'assets');

const svg = readFileSync(join(ASSETS, 'logo.svg'), 'utf8');
const browser = await launchChromium();
try {
  for (const size of LOGO_SIZES) {
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await browser.page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const path = join(ASSETS, `logo-${size}.png`);
    await browser.page.locator('svg').screenshot({ path, omitBackground: true });
    console.log(`${path}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
