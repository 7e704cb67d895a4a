import path from 'path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoInBrowser, describeInBrowser, loginInBrowser, SCREENSHOTS } from '../helpers/browser';
import { isValidEdrpou } from '../../src/domain/identifiers';
import { lineSummary } from '../../src/domain/documents/line-summary';

/**
 * The staff panel's forms with the demo data: a save the server refuses keeps what was typed and shows the
 * message on its field; an invoice's collapsed lines read «product — quantity × price = amount»; the contact
 * person picker of a new interaction offers only the contacts of the counterparty chosen in the form.
 */

const CM = '/admin/content-manager/collection-types';
const COUNTERPARTY = 'api::counterparty.counterparty';
const INVOICE = 'api::invoice.invoice';
const INTERACTION = 'api::interaction.interaction';

describeInBrowser('the staff panel’s forms', () => {
  const demo = demoInBrowser();

  async function managerPage(): Promise<Page> {
    const page = await demo.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await loginInBrowser(page, demo.app.baseUrl, 'manager@vitrylo.demo', DEMO_PASSWORD);
    return page;
  }

  async function managersClients(): Promise<any[]> {
    const db = demo.app.strapi.db;
    const me: any = await db.query('api::employee.employee' as any).findOne({ where: { adminUser: { email: 'manager@vitrylo.demo' } } });
    return db.query(COUNTERPARTY as any).findMany({ where: { manager: { id: me.id } }, populate: { contactPersons: { select: ['documentId', 'fullName'] } } });
  }

  test('a refused save keeps the typed ЄДРПОУ and phone, names the ЄДРПОУ, and stores nothing', async () => {
    const client = (await managersClients()).find((c) => c.edrpou && c.phone);
    expect(client).toBeTruthy();
    const wrong = '12345679'; // 12345678 happens to have a right check digit
    expect(isValidEdrpou(wrong)).toBe(false);
    const page = await managerPage();
    await page.goto(`${demo.app.baseUrl}${CM}/${COUNTERPARTY}/${client.documentId}`);
    const edrpou = page.locator('input[name="edrpou"]');
    const phone = page.locator('input[name="phone"]');
    await edrpou.waitFor({ timeout: 60000 });
    await page.waitForFunction((stored) => (document.querySelector('input[name="edrpou"]') as HTMLInputElement | null)?.value === stored, client.edrpou, { timeout: 30000 });

    await edrpou.fill(wrong);
    await phone.fill('050 111 22 33');
    const answered = page.waitForResponse((res) => res.request().method() === 'PUT' && res.url().includes(client.documentId));
    await page.getByRole('button', { name: /^Зберегти$/ }).click();
    expect((await answered).status()).toBe(400);

    // the message stands on the ЄДРПОУ field, in Ukrainian
    const fieldError = page.locator('[data-strapi-field-error]').first();
    await fieldError.waitFor({ timeout: 30000 });
    const described = await edrpou.getAttribute('aria-describedby');
    expect(described ?? '').toContain(await fieldError.getAttribute('id'));
    expect(await fieldError.innerText()).toMatch(/контрольна цифра|ЄДРПОУ/);
    // the form is re-read and reset a moment after the answer: the typed values must outlive that
    await page.waitForTimeout(2500);
    expect(await edrpou.inputValue()).toBe(wrong);
    expect(await phone.inputValue()).toBe('050 111 22 33');
    expect(await page.getByRole('button', { name: /^Зберегти$/ }).isEnabled()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'refused-save.png'), fullPage: true });

    const stored: any = await demo.app.strapi.db.query(COUNTERPARTY as any).findOne({ where: { documentId: client.documentId } });
    expect(stored.edrpou).toBe(client.edrpou);
    expect(stored.phone).toBe(client.phone);
    await page.close();
  });

  test('an invoice’s lines read product, quantity, price and amount, and follow what is typed', async () => {
    const clients = await managersClients();
    const invoice: any = await demo.app.strapi.db.query(INVOICE as any).findOne({
      where: { counterparty: { id: { $in: clients.map((c) => c.id) } }, state: 'draft' },
      populate: { lines: true },
    }) ?? (await demo.app.strapi.db.query(INVOICE as any).findOne({ where: { counterparty: { id: { $in: clients.map((c) => c.id) } } }, populate: { lines: true } }));
    expect(invoice?.lines?.length).toBeGreaterThan(0);
    const page = await managerPage();
    await page.goto(`${demo.app.baseUrl}${CM}/${INVOICE}/${invoice.documentId}`);
    const expected = invoice.lines.map((line: any) => lineSummary(line, invoice.currency));
    await page.getByText(expected[0], { exact: true }).first().waitFor({ timeout: 60000 });
    const main = await page.locator('main').innerText();
    for (const heading of expected) expect(main).toContain(heading);
    expect(expected[0]).toMatch(/ — [\d\u00a0,]+( \S+)? × [\d\u00a0]+,\d\d( − [\d\u00a0]+,\d\d)? = [\d\u00a0]+,\d\d\u00a0(грн|[A-Z]{3})$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'invoice-lines.png'), fullPage: true });

    // open the first line and change its quantity: its heading follows at once
    await page.getByText(expected[0], { exact: true }).first().click();
    const quantity = page.locator('input[name="lines.0.quantity"]');
    await quantity.waitFor({ timeout: 30000 });
    await quantity.fill('7');
    const next = lineSummary({ ...invoice.lines[0], quantity: 7 }, invoice.currency);
    await page.getByText(next, { exact: true }).first().waitFor({ timeout: 30000 });
    await page.close();
  });

  test('the contact person picker of a new interaction offers the chosen counterparty’s contacts only', async () => {
    const clients = (await managersClients()).filter((c) => c.contactPersons.length > 0);
    const chosen = clients.sort((a, b) => b.contactPersons.length - a.contactPersons.length)[0];
    expect(chosen).toBeTruthy();
    const page = await managerPage();
    await page.goto(`${demo.app.baseUrl}${CM}/${INTERACTION}/create`);
    await page.getByText('Спершу оберіть контрагента: тут будуть лише його контактні особи.').waitFor({ timeout: 60000 });

    // nothing chosen yet: the picker offers the contacts of every client the manager sees
    const contactPicker = page.getByRole('combobox', { name: /^Контактна особа/ });
    const offered = async () => {
      await contactPicker.click();
      await page.getByRole('option').first().waitFor({ timeout: 30000 });
      await page.waitForTimeout(800); // the picker's debounced search settles
      // every option but Strapi's own «Створити й пов’язати» (a new record from the picker)
      const names = (await page.getByRole('option').allInnerTexts()).map((name) => name.trim()).filter((name) => name && !/^Створити/.test(name));
      await page.keyboard.press('Escape');
      return names;
    };
    const own = chosen.contactPersons.map((c: any) => c.fullName);
    const before = await offered();
    expect(before.some((name) => !own.includes(name))).toBe(true);

    const counterpartyPicker = page.getByRole('combobox', { name: /^Контрагент/ });
    await counterpartyPicker.click();
    await counterpartyPicker.fill(chosen.name.slice(0, 12));
    await page.getByRole('option', { name: chosen.name }).first().click();
    await page.getByText(chosen.name).first().waitFor({ timeout: 30000 });

    const after = await offered();
    expect(after.length).toBeGreaterThan(0);
    for (const name of after) expect(own).toContain(name);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'contact-picker.png'), fullPage: true });
    await page.close();
  });
});
