import path from 'path';
import { DEMO_PASSWORD, demoInBrowser, describeInBrowser, loginInBrowser, SCREENSHOTS } from '../helpers/browser';

describeInBrowser('"Про систему", a page built with the admin page kit', () => {
  const demo = demoInBrowser();

  test('the Director opens it from the menu and reads the versions in Ukrainian', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await loginInBrowser(page, demo.app.baseUrl, 'director@vitrylo.demo', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Про систему' }).click();
    await page.getByRole('heading', { name: 'Про систему' }).waitFor({ timeout: 60000 });
    await page.getByText('База даних', { exact: true }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/SQLite|PostgreSQL/);
    expect(text).toContain('Node.js');
    expect(text).toContain('Регламентні завдання');
    expect(text).toContain('ще не запускалося');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'about-director.png') });
    await page.close();
  });

  test('a Sales manager has no menu entry, and the address shows "no access", not a blank page', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await loginInBrowser(page, demo.app.baseUrl, 'manager@vitrylo.demo', DEMO_PASSWORD);
    expect(await page.getByRole('link', { name: 'Про систему' }).count()).toBe(0);
    await page.goto(`${demo.app.baseUrl}/admin/vitrylo/about`);
    await page.waitForTimeout(3000);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'about-manager.png') });
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('Node.js');
    expect(text.trim().length).toBeGreaterThan(0);
    await page.close();
  });
});
