/**
 * Draws public/favicon.ico from the logo (src/admin/extensions/vitrylo-logo.svg) with Debian's chromium:
 * 16, 32 and 48 pixel PNGs packed into one .ico, served at /favicon.ico by strapi::favicon
 * (config/middlewares.ts). Run after changing the logo:
 *   node -r ./scripts/lib/register-ts.js scripts/branding/make-favicon.ts
 */
import fs from 'fs';
import path from 'path';
import { icoFromPngs } from './ico';

const root = path.resolve(__dirname, '../..');
const LOGO = path.join(root, 'src/admin/extensions/vitrylo-logo.svg');
const OUT = path.join(root, 'public/favicon.ico');
const SIZES = [16, 32, 48];

async function main() {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const logo = `data:image/svg+xml;base64,${fs.readFileSync(LOGO).toString('base64')}`;
    const images = [];
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${logo}" width="${size}" height="${size}" style="display:block"></body></html>`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      images.push({ size, png: await page.screenshot({ omitBackground: true }) });
      await page.close();
    }
    fs.writeFileSync(OUT, icoFromPngs(images));
    console.log(`${path.relative(root, OUT)}: ${SIZES.join(', ')} px`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
