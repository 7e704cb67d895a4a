import path from 'path';
import type { Page, Response } from 'playwright-core';
import { DEMO_PASSWORD, demoInBrowser, describeInBrowser, loginInBrowser, openInPanel, SCREENSHOTS } from '../helpers/browser';

/**
 * The deny-by-default guards must not get in the way of the panel itself: each demo login uses the main
 * screens (list, sort, search, a record, a relation picker, the homepage) and no request the panel makes
 * may be refused for its shape (400) or be a server error. Screenshots land in .tmp/screenshots/.
 */

const LOGINS = ['manager', 'secretary', 'accountant', 'director', 'marketer'] as const;
const LISTS: Record<(typeof LOGINS)[number], string[]> = {
  manager: ['api::counterparty.counterparty', 'api::interaction.interaction', 'api::invoice.invoice'],
  secretary: ['api::counterparty.counterparty', 'api::inbound-request.inbound-request', 'api::schedule-entry.schedule-entry'],
  accountant: ['api::invoice.invoice', 'api::payment.payment'],
  director: ['api::counterparty.counterparty', 'api::interaction.interaction'],
  marketer: ['api::marketing-event.marketing-event', 'api::complaint.complaint'],
};


interface Refused {
  status: number;
  url: string;
  body: string;
}

function watch(page: Page): Refused[] {
  const refused: Refused[] = [];
  page.on('response', async (response: Response) => {
    const status = response.status();
    const url = response.url();
    if (status !== 400 && status < 500) return;
    let body = '';
    try {
      body = (await response.text()).slice(0, 300);
    } catch {
      body = '';
    }
    refused.push({ status, url, body });
  });
  return refused;
}

describeInBrowser('each demo login uses the panel without a refused request', () => {
  const demo = demoInBrowser();

  test.each(LOGINS)('%s', async (login) => {
    const page = await demo.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const refused = watch(page);
    await loginInBrowser(page, demo.app.baseUrl, `${login}@vitrylo.demo`, DEMO_PASSWORD);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${login}-home.png`) });
    for (const uid of LISTS[login]) {
      const list = `${demo.app.baseUrl}/admin/content-manager/collection-types/${uid}`;
      await openInPanel(page, `${list}?page=1&pageSize=10`);
      await page.locator('tbody tr').first().waitFor({ timeout: 60000 });
      // sort by the first sortable column header, then search
      const header = page.locator('thead th button').first();
      if (await header.count()) await header.click();
      await page.waitForTimeout(500);
      const search = page.getByRole('button', { name: /Search|Пошук/ }).first();
      if (await search.count()) {
        await search.click();
        await page.keyboard.type('а');
        await page.keyboard.press('Enter');
        await page.waitForTimeout(800);
      }
      await openInPanel(page, `${list}?page=1&pageSize=10`);
      await page.locator('tbody tr').first().waitFor({ timeout: 60000 });
      await page.locator('tbody tr').first().click();
      await page.waitForURL(/collection-types\/[^/]+\/[a-z0-9]+/, { timeout: 60000 });
      await page.waitForTimeout(1500);
      // open the first relation picker of the edit view, if any
      const combobox = page.locator('[role="combobox"]').first();
      if (await combobox.count()) {
        await combobox.click().catch(() => undefined);
        await page.waitForTimeout(800);
        await page.keyboard.press('Escape');
      }
      await page.screenshot({ path: path.join(SCREENSHOTS, `${login}-${uid.split('.').pop()}-edit.png`) });
    }
    await page.close();
    expect(refused).toEqual([]);
  });
});
