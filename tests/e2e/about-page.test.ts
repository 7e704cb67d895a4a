import fs from 'fs';
import path from 'path';
import type { Browser } from 'playwright-core';
import { describeInBrowser, launchChromium, loginInBrowser, ServedApp, startServedStrapi } from '../helpers/browser';
import { fromDist } from '../helpers/dist';
import { appDir } from '../helpers/strapi';

const DEMO_PASSWORD = 'Demo-Passw0rd';
const shots = path.join(appDir, '.tmp', 'screenshots');

describeInBrowser('"Про систему", a page built with the admin page kit', () => {
  let app: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    app = await startServedStrapi();
    const { setupDemo } = fromDist('src/seed');
    await setupDemo(app.strapi, { scale: 1, adminEmail: 'boss@vitrylo.test', adminPassword: 'Boss-Passw0rd', demoPassword: DEMO_PASSWORD });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('the Director opens it from the menu and reads the versions in Ukrainian', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await loginInBrowser(page, app.baseUrl, 'director@vitrylo.demo', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Про систему' }).click();
    await page.getByRole('heading', { name: 'Про систему' }).waitFor({ timeout: 60000 });
    await page.getByText('База даних', { exact: true }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/SQLite|PostgreSQL/);
    expect(text).toContain('Node.js');
    expect(text).toContain('Регламентні завдання');
    expect(text).toContain('ще не запускалося');
    await page.screenshot({ path: path.join(shots, 'about-director.png') });
    await page.close();
  });

  test('a Sales manager has no menu entry, and the address shows "no access", not a blank page', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await loginInBrowser(page, app.baseUrl, 'manager@vitrylo.demo', DEMO_PASSWORD);
    expect(await page.getByRole('link', { name: 'Про систему' }).count()).toBe(0);
    await page.goto(`${app.baseUrl}/admin/vitrylo/about`);
    await page.waitForTimeout(3000);
    await page.screenshot({ path: path.join(shots, 'about-manager.png') });
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('Node.js');
    expect(text.trim().length).toBeGreaterThan(0);
    await page.close();
  });
});
