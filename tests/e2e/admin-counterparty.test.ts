import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchChromium, loginInBrowser, SCREENSHOTS, ServedApp, startServedStrapi } from '../helpers/browser';
import { createAdminUser, TEST_PASSWORD } from '../helpers/admin';
import { createMinimalDocument } from '../helpers/minimal-documents';
import { LIST_COUNT_CAP } from '../../src/domain/lists/capped-count';

describeInBrowser('admin panel in the browser', () => {
  let app: ServedApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startServedStrapi();
    await createAdminUser(app.strapi, 'browser@vitrylo.test');
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('an admin logs in (Ukrainian panel by default) and creates a counterparty', async () => {
    await loginInBrowser(page, app.baseUrl, 'browser@vitrylo.test', TEST_PASSWORD);

    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/api::counterparty.counterparty/create`);
    const name = page.locator('input[name="name"]');
    await name.waitFor({ timeout: 60000 });
    await expectPageText(page, 'ЄДРПОУ');
    await name.fill('ТОВ "Браузерний клієнт"');
    await page.fill('input[name="edrpou"]', '14360570');
    await page.getByRole('button', { name: /^(Зберегти|Save)$/ }).click();

    await waitForStored(app, '14360570').catch(async (error) => {
      await page.screenshot({ path: '.tmp/e2e-counterparty-failure.png', fullPage: true });
      throw error;
    });
    const stored: any = await app.strapi.db.query('api::counterparty.counterparty').findOne({ where: { edrpou: '14360570' } });
    expect(stored.name).toBe('ТОВ "Браузерний клієнт"');
    expect(stored.kind).toBe('client');
  });

  test('an enumeration value reads as its own field says, in the list, its filter and the edit view', async () => {
    // `cancelled` is "Скасовано" for an interaction and "Анульований" for an invoice.
    const interaction = await createMinimalDocument(app.strapi, 'api::interaction.interaction', { state: 'cancelled', subject: 'Скасована зустріч' });
    await createMinimalDocument(app.strapi, 'api::invoice.invoice', { state: 'cancelled' });
    const interactions = `${app.baseUrl}/admin/content-manager/collection-types/api::interaction.interaction`;

    await page.goto(`${interactions}?page=1&pageSize=20&filters[$and][0][state][$eq]=cancelled`);
    const row = page.getByRole('row', { name: /Скасована зустріч/ });
    await row.waitFor({ timeout: 60000 });
    expect(await row.innerText()).toContain('Скасовано');
    expect(await page.locator('body').innerText()).not.toContain('Анульований');
    await page.screenshot({ path: `${SCREENSHOTS}/enum-captions-list.png`, fullPage: true });

    await page.goto(`${interactions}/${interaction}`);
    await page.locator('input[name="subject"]').waitFor({ timeout: 60000 });
    const stateSelect = page.getByRole('combobox', { name: /Статус/ });
    expect(await stateSelect.innerText()).toContain('Скасовано');
    await stateSelect.click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['Заплановано', 'Виконано', 'Скасовано']));
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${SCREENSHOTS}/enum-captions-edit.png`, fullPage: true });
  });

  test('a relation column switched on in "Показані поля" shows its values, then and after a reload', async () => {
    const region = await createMinimalDocument(app.strapi, 'api::region.region', { name: 'Колонкова область' });
    await createMinimalDocument(app.strapi, 'api::counterparty.counterparty', { name: 'ТОВ «Колонка регіону»', region });
    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/api::counterparty.counterparty?page=1&pageSize=10&sort=name:ASC&_q=${encodeURIComponent('Колонка регіону')}`);
    const row = page.getByRole('row', { name: /Колонка регіону/ });
    await row.waitFor({ timeout: 60000 });
    expect(await row.innerText()).not.toContain('Колонкова область');

    await page.getByRole('button', { name: 'Налаштування перегляду' }).click();
    await page.getByRole('checkbox', { name: 'Регіон' }).click();
    await page.keyboard.press('Escape');
    await row.getByText('Колонкова область').waitFor({ timeout: 30000 });
    await page.screenshot({ path: '.tmp/e2e-switched-on-column.png', fullPage: true });

    await page.reload();
    await page.getByRole('row', { name: /Колонка регіону/ }).getByText('Колонкова область').waitFor({ timeout: 60000 });

    // back to the stored columns for the tests after this one
    await page.getByRole('button', { name: 'Налаштування перегляду' }).click();
    await page.getByRole('checkbox', { name: 'Регіон' }).click();
    await page.keyboard.press('Escape');
  });

  test('a list past the count cap says "понад 10 000" and still pages', async () => {
    const now = new Date();
    const rows = Array.from({ length: LIST_COUNT_CAP + 20 }, (_, i) => ({ documentId: `e2eregion${String(i).padStart(15, '0')}`, name: `Район ${i}`, createdAt: now, updatedAt: now }));
    for (let start = 0; start < rows.length; start += 500) await app.strapi.db.query('api::region.region' as any).createMany({ data: rows.slice(start, start + 500) });
    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/api::region.region?page=1&pageSize=20`);
    await page.getByText('понад 10 000', { exact: false }).first().waitFor({ timeout: 60000 });
    await page.screenshot({ path: `${SCREENSHOTS}/list-count-capped.png`, fullPage: true });
  });

  test('HTML and script posted through the web form stay text in the admin panel', async () => {
    const message = '<img src=x onerror="window.__vitryloXss=1"><script>window.__vitryloXss=2</script>Передзвоніть';
    const res = await fetch(`${app.baseUrl}/api/inbound-requests/web`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '<b>Хакер</b>', phone: '0671234567', message, consent: true }),
    });
    expect(res.status).toBe(201);
    const { data } = await res.json();

    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/api::inbound-request.inbound-request/${data.reference}`);
    const field = page.locator('textarea[name="message"]');
    await field.waitFor({ timeout: 60000 });
    expect(await field.inputValue()).toBe(message);
    expect(await page.locator('input[name="callerName"]').inputValue()).toBe('<b>Хакер</b>');
    expect(await page.evaluate(() => (window as any).__vitryloXss)).toBeUndefined();
  });
});

async function expectPageText(page: Page, text: string) {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 30000 });
}

async function waitForStored(app: ServedApp, edrpou: string) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await app.strapi.db.query('api::counterparty.counterparty').count({ where: { edrpou } })) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`counterparty ${edrpou} was not saved`);
}
