import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchChromium, loginInBrowser, ServedApp, startServedStrapi } from '../helpers/browser';
import { fromDist } from '../helpers/dist';

const DEMO_PASSWORD = 'Demo-Passw0rd';

describeInBrowser('a sales manager in the admin panel', () => {
  let app: ServedApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startServedStrapi({ demo: true });
    const { setupDemo } = fromDist('src/seed');
    await setupDemo(app.strapi, { scale: 1, adminEmail: 'boss@vitrylo.test', adminPassword: 'Boss-Passw0rd', demoPassword: DEMO_PASSWORD });
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('the demo manager’s counterparty list holds their own and their department’s clients, no one else’s', async () => {
    const employees = app.strapi.db.query('api::employee.employee' as any);
    const me: any = await employees.findOne({ where: { adminUser: { email: 'manager@vitrylo.demo' } }, populate: ['department'] });
    const counterparties: any[] = await app.strapi.db.query('api::counterparty.counterparty' as any).findMany({ populate: ['manager', 'department'] });
    const own = counterparties.filter((c) => c.manager?.id === me.id);
    const visible = new Set(counterparties.filter((c) => c.manager?.id === me.id || c.department?.id === me.department.id).map((c) => c.documentId));
    const foreign = counterparties.filter((c) => !visible.has(c.documentId));
    expect(own.length).toBeGreaterThan(0);
    expect(foreign.length).toBeGreaterThan(0);

    await loginInBrowser(page, app.baseUrl, 'manager@vitrylo.demo', DEMO_PASSWORD);
    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/api::counterparty.counterparty?page=1&pageSize=100&sort=name:ASC`);
    await page.locator('tbody tr').first().waitFor({ timeout: 60000 });
    const rowLinks = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));
    expect(rowLinks.length).toBeGreaterThan(0);

    const shownIds = new Set<string>();
    for (const text of rowLinks) {
      const match = counterparties.filter((c) => text.includes(c.name));
      expect(match.length).toBeGreaterThan(0);
      match.forEach((c) => shownIds.add(c.documentId));
    }
    expect(own.some((c) => shownIds.has(c.documentId))).toBe(true);
    const page1Text = await page.locator('tbody').innerText();
    for (const c of foreign) expect(page1Text).not.toContain(c.name);
    // Enumerations read as captions in the list, as in the edit view.
    expect(page1Text).toMatch(/Клієнт|Потенційний клієнт|Партнер|Постачальник/);
    expect(page1Text).not.toMatch(/\b(client|prospect|partner|supplier)\b/);
  });
});
