import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoInBrowser, describeInBrowser, loginInBrowser } from '../helpers/browser';
import { appDir } from '../helpers/strapi';

/**
 * Each role's home page (its widgets, in Ukrainian, nothing of Strapi's stock homepage) and the navigation
 * by work: daily lists in the main menu for whoever may open them, "Мої клієнти", and the content manager's
 * list of types grouped and ordered in Ukrainian, opening on the counterparties. Screenshots of the home
 * pages go to docs/screenshots/.
 */

const DOCS_SCREENSHOTS = path.join(appDir, 'docs', 'screenshots');

/** What Strapi's stock homepage and an untranslated widget would show. */
const STOCK_HOMEPAGE = /Hello|Welcome to your|Project statistics|Admins|API Tokens|Last edited|Last published|Entries|Profile|Loading widget|Something went wrong|No content found/;

const WIDGETS: Record<string, string[]> = {
  manager: ['Вхідні', 'Мої контакти на сьогодні', 'Нові звернення для мене', 'Мої клієнти', 'Мої неоплачені рахунки'],
  secretary: ['Вхідні', 'Звернення сьогодні', 'Хто де сьогодні'],
  accountant: ['Нерозпізнані платежі', 'Прострочені рахунки'],
  director: ['Вхідні', 'Показники компанії'],
  marketer: ['Найближчі маркетингові заходи'],
};

const ALL_WIDGET_TITLES = Object.values(WIDGETS).flat();

async function openHome(demo: ReturnType<typeof demoInBrowser>, login: string): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await loginInBrowser(page, demo.app.baseUrl, `${login}@vitrylo.demo`, DEMO_PASSWORD);
  // in the page, not the menu: "Вхідні" is also a menu entry
  for (const title of WIDGETS[login]) await page.locator('#main-content').getByText(title, { exact: true }).first().waitFor({ timeout: 60000 });
  // every widget done loading
  await page.waitForFunction(() => !document.body.innerText.includes('Завантаження…'), undefined, { timeout: 60000 });
  await page.waitForTimeout(500);
  return page;
}

/** The number of records the content manager's list header reports ("Знайдено 12 записів"). */
async function listCount(page: Page): Promise<number> {
  const header = page.getByText(/^Знайдено /).first();
  await header.waitFor({ timeout: 60000 });
  return Number((await header.innerText()).replace(/\D/g, ''));
}

const mainMenuLabels = (page: Page) => page.locator('nav a[aria-label]').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));

describeInBrowser('the workspace: each role’s home page and the navigation by work', () => {
  const demo = demoInBrowser();

  beforeAll(() => {
    fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
  });

  test.each(Object.keys(WIDGETS))('the %s’s home page shows their widgets only, in Ukrainian', async (login) => {
    const page = await openHome(demo, login);
    const text = await page.locator('#main-content').innerText();
    expect(text).toContain('Мій робочий день');
    expect(text).not.toMatch(STOCK_HOMEPAGE);
    const shown = new Set(text.split('\n').map((line) => line.trim()));
    for (const title of ALL_WIDGET_TITLES.filter((t) => !WIDGETS[login].includes(t))) expect([login, title, shown.has(title)]).toEqual([login, title, false]);
    if (login === 'secretary') expect(text).not.toMatch(/грн|USD|EUR/);
    await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, `home-${login}.png`), fullPage: true });
    await page.close();
  });

  test('a Sales manager’s figure opens the list it counts, with the same number', async () => {
    const page = await openHome(demo, 'manager');
    const tile = page.getByRole('link', { name: /^усі мої контрагенти: \d+$/ });
    const shown = Number(((await tile.getAttribute('aria-label')) ?? '').replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(0);
    await tile.click();
    await page.waitForURL(/content-manager\/collection-types\/api::counterparty\.counterparty\?.*manager/);
    expect(await listCount(page)).toBe(shown);
    // the filter is shown as a chip naming the manager, not an id
    await page.getByText(/Бондаренко Олена/).first().waitFor({ timeout: 30000 });
    await page.close();
  });

  test('the main menu: daily lists for whoever may open them, "Мої клієнти" for sales', async () => {
    const expected: Record<string, { has: string[]; hasNot: string[] }> = {
      manager: {
        has: ['Вхідні', 'Мої клієнти', 'Контрагенти', 'Хроніка контактів', 'Прострочені контакти', 'Вхідні звернення', 'Договори', 'Рахунки', 'Оплати', 'Де співробітники', 'Графік роботи'],
        hasNot: ['Маркетингові заходи'],
      },
      secretary: {
        has: ['Вхідні', 'Контрагенти', 'Вхідні звернення', 'Де співробітники', 'Графік роботи'],
        hasNot: ['Мої клієнти', 'Хроніка контактів', 'Прострочені контакти', 'Договори', 'Рахунки', 'Оплати'],
      },
      accountant: { has: ['Контрагенти', 'Договори', 'Рахунки', 'Оплати'], hasNot: ['Вхідні', 'Мої клієнти', 'Хроніка контактів', 'Вхідні звернення', 'Де співробітники'] },
    };
    for (const [login, { has, hasNot }] of Object.entries(expected)) {
      const page = await openHome(demo, login);
      const labels = await mainMenuLabels(page);
      for (const label of has) expect([login, label, labels.includes(label)]).toEqual([login, label, true]);
      for (const label of hasNot) expect([login, label, labels.includes(label)]).toEqual([login, label, false]);
      // the daily lists come right after the home page, in their order
      const daily = labels.filter((label) => has.includes(label));
      expect(daily).toEqual(has.filter((label) => daily.includes(label)));
      expect(labels.indexOf(has[0])).toBe(1);
      await page.close();
    }
  });

  test('"Мої клієнти" opens the counterparty list filtered to the logged-in manager', async () => {
    const page = await openHome(demo, 'manager');
    const widgetFigure = Number(((await page.getByRole('link', { name: /^усі мої контрагенти: \d+$/ }).getAttribute('aria-label')) ?? '').replace(/\D/g, ''));
    await page.locator('nav a[aria-label="Мої клієнти"]').click();
    await page.waitForURL(/content-manager\/collection-types\/api::counterparty\.counterparty\?.*filters/);
    expect(await listCount(page)).toBe(widgetFigure);
    const rows = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
    for (const row of rows) expect(row).toContain('Бондаренко Олена');
    await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, 'my-clients-manager.png') });
    await page.close();
  });

  test('the content manager opens on the counterparties; its types are grouped and in Ukrainian order', async () => {
    const page = await openHome(demo, 'director');
    await page.goto(`${demo.app.baseUrl}/admin/content-manager`);
    await page.waitForURL(/content-manager\/collection-types\/api::counterparty\.counterparty/, { timeout: 60000 });
    const subNav = page.locator('nav[aria-label]').filter({ hasText: 'Робочі списки' });
    await subNav.waitFor({ timeout: 60000 });
    const text = (await subNav.innerText()).toLowerCase();
    expect(text).toContain('довідники');
    const links = await subNav.locator('a').evaluateAll((as) => as.map((a) => (a.textContent ?? '').trim()));
    expect(links[0]).toBe('Контрагенти');
    expect(links.indexOf('Журнал змін')).toBeGreaterThan(links.indexOf('Хроніка контактів'));
    expect(links.indexOf('Галузі')).toBeGreaterThan(links.indexOf('Повідомлення'));
    expect(links.indexOf('Банківські виписки')).toBeLessThan(links.indexOf('Вхідні звернення'));
    expect(links.join(' ')).not.toMatch(/\d{2} /);
    // the list's search still finds a type by its Ukrainian name
    await subNav.locator('input').fill('рах');
    await page.waitForTimeout(300);
    expect(await subNav.locator('a').evaluateAll((as) => as.map((a) => (a.textContent ?? '').trim()))).toEqual(['Рахунки']);
    await subNav.locator('input').fill('');
    await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, 'content-manager-director.png') });
    await page.close();
  });
});
