import fs from 'fs';
import path from 'path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoInBrowser, describeInBrowser, loginInBrowser, SCREENSHOTS } from '../helpers/browser';
import { leftoversOn, ScreenWatch, watchScreens } from '../helpers/screen-watch';
import { appDir } from '../helpers/strapi';
import { UID } from '../../src/access/uids';

/**
 * «Звіти» through the panel: the Director opens it from the menu, chooses «Обсяг і структура продажів»,
 * narrows it to one manager through the search box, then takes this year (the demo's invoices span the
 * last twelve months) and builds it: each sheet a tab with its figures, group subtotals, the grand total and
 * a chart, the same figures the route answers. «Завантажити Excel» gives the workbook with the report's
 * sheets and rows; «Завантажити шаблон» the template, which, uploaded back, becomes the report's own look
 * until «Повернути стандартний вигляд»; a file that is no workbook is refused with the server's reason. The
 * Secretary finds in «Звіти» only the reports that show no money.
 * A period left without its start is refused, the server's words shown next to the period.
 * Screenshots: docs/screenshots/reports-refused.png, reports-preview.png, reports-template.png, reports-template-refused.png.
 */

const DOCS_SCREENSHOTS = path.join(appDir, 'docs', 'screenshots');
const PAGE = '/admin/vitrylo/reports';
const MENU = 'Звіти';
const REPORT = 'Обсяг і структура продажів';
const SHEETS = ['За місяцями', 'За менеджерами', 'За групами товарів', 'За галузями і сегментами'];
/** «Завантажити Excel» is the button's own word: the program's name, not an untranslated string. */
const ALLOWED = ['Excel'];

async function login(demo: ReturnType<typeof demoInBrowser>, who: string): Promise<{ page: Page; watch: ScreenWatch }> {
  const page = await demo.browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const watch = await watchScreens(page, demo.app.baseUrl);
  await loginInBrowser(page, demo.app.baseUrl, `${who}@vitrylo.demo`, DEMO_PASSWORD);
  return { page, watch };
}

/** The whole page as it is, the pointer off every button (the panel scrolls inside its layout: the window is made tall enough, up to 2000 px). */
async function shoot(page: Page, file: string) {
  await page.mouse.move(0, 0);
  const height = await page.evaluate(() => Math.max(...[...document.querySelectorAll('main, main *')].slice(0, 200).map((element) => element.scrollHeight)));
  await page.setViewportSize({ width: 1440, height: Math.min(Math.max(1000, height + 80), 2000) });
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 1000 });
}

/** Builds the report and returns the route's answer the screen was drawn from. */
async function build(page: Page): Promise<any> {
  const [response] = await Promise.all([
    page.waitForResponse((res) => /\/crm\/reports\/sales-volume\?/.test(res.url()) && !res.url().includes('format=xlsx'), { timeout: 60000 }),
    page.getByRole('button', { name: 'Сформувати' }).click(),
  ]);
  expect(response.status()).toBe(200);
  const body = await response.json();
  await page.getByTestId('report-preview').waitFor({ timeout: 60000 });
  return body.data;
}

async function downloadOf(page: Page, button: string): Promise<{ name: string; content: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('button', { name: button }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), content: fs.readFileSync(file!) };
}

describeInBrowser('«Звіти» in the panel', () => {
  const demo = demoInBrowser();

  beforeAll(() => {
    fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
  });

  test('the Director builds the sales report on screen, downloads it as a workbook, and puts a template on and off', async () => {
    const { page, watch } = await login(demo, 'director');
    const found: string[] = [];
    const manager: any = await demo.app.strapi.db.query(UID.employee as any).findOne({ where: { adminUser: { email: 'manager@vitrylo.demo' } }, select: ['fullName'] });
    expect(manager?.fullName).toBeTruthy();

    // the list: reports by section, Ukrainian headings
    watch.screen = 'reports';
    await page.locator(`nav a[aria-label="${MENU}"]`).click();
    await page.waitForURL(/\/admin\/vitrylo\/reports/);
    await page.getByRole('heading', { name: MENU, exact: true }).waitFor({ timeout: 60000 });
    await page.getByTestId('reports-list').waitFor({ timeout: 60000 });
    expect(await page.getByTestId('reports-list').getByRole('heading', { name: 'Продажі' }).count()).toBe(1);
    expect(await page.getByText('Оберіть звіт у списку вище.').count()).toBe(1);
    found.push(...(await leftoversOn(page, 'reports', ALLOWED)));

    // the form: the period (this month to start with), the manager, the product group, the currency
    watch.screen = 'reports-form';
    await page.getByRole('button', { name: new RegExp(REPORT) }).click();
    await page.getByTestId('report-form').waitFor();
    await page.getByRole('heading', { name: REPORT }).waitFor();
    for (const caption of ['Період', 'Менеджер', 'Група товарів', 'Валюта']) expect(await page.getByTestId('report-form').innerText()).toContain(caption);
    for (const quick of ['цей місяць', 'минулий місяць', 'цей квартал', 'цей рік']) expect(await page.getByRole('button', { name: quick, exact: true }).count()).toBe(1);
    expect(await page.getByTestId('report-template-name').innerText()).toBe('Вигляд у файлі: стандартний');
    expect(await page.getByRole('button', { name: 'Повернути стандартний вигляд' }).count()).toBe(0);

    // a period without its start: the server's words next to the period, nothing built
    watch.screen = 'reports-refused';
    await page.getByTestId('report-parameter-period').getByRole('button', { name: 'Очистити дату' }).first().click();
    await page.getByRole('button', { name: 'Сформувати' }).click();
    await page.getByTestId('report-error-period').waitFor({ timeout: 60000 });
    expect(await page.getByTestId('report-error-period').innerText()).toBe("Початок періоду: обов'язкове поле");
    expect(await page.getByTestId('report-refusal').innerText()).toContain('Виправте позначені параметри.');
    expect(await page.getByTestId('report-preview').count()).toBe(0);
    found.push(...(await leftoversOn(page, 'reports-refused', ALLOWED)));
    await shoot(page, path.join(DOCS_SCREENSHOTS, 'reports-refused.png'));

    // one manager, found by typing part of the name; this year
    const surname = manager.fullName.split(' ')[0];
    const managerBox = page.getByTestId('report-parameter-manager').getByRole('combobox');
    await managerBox.click();
    await managerBox.fill(surname.slice(0, 6));
    await page.getByRole('option', { name: manager.fullName }).click({ timeout: 30000 });
    const managerTag = page.getByTestId('report-parameter-manager').getByRole('button', { name: new RegExp(manager.fullName) });
    await managerTag.waitFor();
    await page.getByRole('button', { name: 'цей рік', exact: true }).click();
    const narrowed = await build(page);
    const byManager = narrowed.sheets[1];
    expect(byManager.rows.length).toBe(1);
    expect(byManager.rows[0].text.manager).toBe(manager.fullName);
    expect(narrowed.parameters.map((line: any) => `${line.caption}: ${line.text}`)).toContain(`Менеджер: ${manager.fullName}`);
    expect(await page.getByTestId('report-preview').innerText()).toContain(`Менеджер: ${manager.fullName}`);

    // everyone's sales this year
    watch.screen = 'reports-preview';
    await managerTag.click();
    expect(await managerTag.count()).toBe(0);
    const report = await build(page);
    expect(report.title).toBe(REPORT);
    expect(report.sheets.map((sheet: any) => sheet.name)).toEqual(SHEETS);
    const preview = page.getByTestId('report-preview');
    expect(await preview.getByRole('tab').allTextContents()).toEqual(SHEETS);

    // the first sheet: months with their subtotals, the grand total, a bar per month
    const byMonth = report.sheets[0];
    expect(byMonth.rows.length).toBeGreaterThan(1);
    expect(byMonth.groups.length).toBeGreaterThan(1);
    const table = preview.getByTestId('report-table').first();
    const subtotals = table.getByTestId('report-subtotal');
    expect(await subtotals.count()).toBe(byMonth.groups.length);
    expect(await subtotals.first().innerText()).toContain(`Разом: ${byMonth.groups[0].text}`);
    expect(await subtotals.first().innerText()).toContain(byMonth.groups[0].total.total.text);
    const total = table.getByTestId('report-total');
    expect(await total.innerText()).toContain('Усього');
    expect(await total.innerText()).toContain(byMonth.total.total.text);
    expect(byMonth.total.total.text).not.toMatch(/^0,00/);
    expect(await table.locator('tbody tr').count()).toBe(byMonth.rows.length + byMonth.groups.length + 1);
    const firstRow = table.locator('tbody tr').first();
    expect(await firstRow.innerText()).toContain(byMonth.rows[0].text.total);
    // figures right-aligned, text left
    const cells = firstRow.locator('td');
    expect(await cells.nth(0).evaluate((cell) => getComputedStyle(cell).textAlign)).toBe('left');
    expect(await cells.nth(4).evaluate((cell) => getComputedStyle(cell).textAlign)).toBe('right');
    expect(await preview.getByTestId('report-chart-bar').count()).toBe(byMonth.chart.points.length);
    expect(await preview.getByTestId('report-truncated').count()).toBe(0);
    found.push(...(await leftoversOn(page, 'reports-preview', ALLOWED)));
    await shoot(page, path.join(DOCS_SCREENSHOTS, 'reports-preview.png'));

    // the second sheet, managers with their shares
    watch.screen = 'reports-preview-managers';
    await preview.getByRole('tab', { name: SHEETS[1] }).click();
    const managersTable = preview.getByTestId('report-table');
    await managersTable.getByText(report.sheets[1].rows[0].text.manager, { exact: true }).first().waitFor();
    expect(await managersTable.locator('tbody tr').count()).toBe(report.sheets[1].rows.length + 1);
    expect(await managersTable.getByTestId('report-total').innerText()).toContain(report.sheets[1].total.share.text);
    found.push(...(await leftoversOn(page, 'reports-preview-managers', ALLOWED)));
    await shoot(page, path.join(SCREENSHOTS, 'reports-preview-managers.png'));

    // the workbook: the report's sheets, each with rows
    watch.screen = 'reports-excel';
    const excel = await downloadOf(page, 'Завантажити Excel');
    expect(excel.name).toMatch(new RegExp(`^${REPORT} \\d{4}-01-01—\\d{4}-12-31\\.xlsx$`));
    const workbook = new Workbook();
    await workbook.xlsx.load(excel.content as any);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(SHEETS));
    for (const name of SHEETS.slice(0, 3)) expect(workbook.getWorksheet(name)!.rowCount).toBeGreaterThan(3);
    const months = workbook.getWorksheet(SHEETS[0])!;
    const monthTexts: string[] = [];
    months.eachRow((row) => row.eachCell((cell) => monthTexts.push(String(cell.text))));
    expect(monthTexts).toContain(byMonth.rows[0].values.month);

    // the template: downloaded, uploaded back as the company's own, then off again
    watch.screen = 'reports-template';
    const template = await downloadOf(page, 'Завантажити шаблон');
    expect(template.name).toBe(`${REPORT} — шаблон.xlsx`);
    const templateBook = new Workbook();
    await templateBook.xlsx.load(template.content as any);
    expect(templateBook.worksheets.length).toBeGreaterThan(0);
    await page.getByTestId('report-template-file').setInputFiles({ name: 'Наш звіт про продажі.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: template.content });
    await page.getByTestId('report-notice').waitFor({ timeout: 60000 });
    expect(await page.getByTestId('report-notice').innerText()).toContain('Шаблон «Наш звіт про продажі» завантажено');
    expect(await page.getByTestId('report-template-name').innerText()).toBe('Шаблон: Наш звіт про продажі');
    expect(await page.getByTestId('reports-list').textContent()).toContain('власний шаблон');
    await page.getByRole('button', { name: 'Повернути стандартний вигляд' }).waitFor();
    found.push(...(await leftoversOn(page, 'reports-template', ALLOWED)));
    await shoot(page, path.join(DOCS_SCREENSHOTS, 'reports-template.png'));
    const inTemplate = await downloadOf(page, 'Завантажити Excel');
    expect(inTemplate.content.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Повернути стандартний вигляд' }).click();
    await page.getByText('Повернено стандартний вигляд звіту.').waitFor({ timeout: 60000 });
    expect(await page.getByTestId('report-template-name').innerText()).toBe('Вигляд у файлі: стандартний');
    expect(await page.getByRole('button', { name: 'Повернути стандартний вигляд' }).count()).toBe(0);
    expect(await page.getByTestId('reports-list').textContent()).not.toContain('власний шаблон');

    // a file that is no workbook: refused with the server's reason, nothing changes
    watch.screen = 'reports-template-refused';
    await page.getByTestId('report-template-file').setInputFiles({ name: 'не-шаблон.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('це не книга Excel') });
    const refusal = page.getByTestId('report-refusal');
    await refusal.waitFor({ timeout: 60000 });
    const refusalText = await refusal.innerText();
    expect(refusalText).toContain('Шаблон не прийнято');
    expect(refusalText.replace('Шаблон не прийнято', '').trim().length).toBeGreaterThan(5);
    expect(refusalText).not.toContain('Не вдалося зберегти шаблон');
    expect(await page.getByTestId('report-template-name').innerText()).toBe('Вигляд у файлі: стандартний');
    found.push(...(await leftoversOn(page, 'reports-template-refused', ALLOWED)));
    await shoot(page, path.join(DOCS_SCREENSHOTS, 'reports-template-refused.png'));
    expect(await demo.app.strapi.db.query(UID.reportTemplate as any).count({ where: { reportKey: 'sales-volume' } })).toBe(0);

    expect({ found, consoleErrors: watch.consoleErrors, badResponses: watch.badResponses, unwantedRequests: watch.unwantedRequests }).toEqual({
      found: [],
      consoleErrors: [],
      badResponses: [],
      unwantedRequests: [],
    });
    await page.close();
  });

  test('the Secretary finds in «Звіти» only the reports without money', async () => {
    const { page, watch } = await login(demo, 'secretary');
    await page.locator(`nav a[aria-label="${MENU}"]`).click();
    const list = page.getByTestId('reports-list');
    await list.waitFor({ timeout: 60000 });
    watch.screen = 'secretary-reports';
    const text = await list.innerText();
    expect(text).toContain('Структура бази контрагентів');
    for (const withMoney of ['Обсяг і структура продажів', 'Дебіторська заборгованість', 'Рахунок на оплату', 'Активність менеджерів']) expect(text).not.toContain(withMoney);
    expect(await leftoversOn(page, 'secretary-reports')).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reports-secretary.png') });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.badResponses).toEqual([]);
    await page.close();
  });

  test('a manager prints an invoice from its form, and downloads a client’s chronicle from the card', async () => {
    const { page, watch } = await login(demo, 'manager');
    const invoice: any = await demo.app.strapi.db.query(UID.invoice as any).findOne({
      where: { counterparty: { manager: { adminUser: { email: 'manager@vitrylo.demo' } } }, state: { $ne: 'draft' } },
      select: ['documentId', 'number'],
      populate: { counterparty: { select: ['documentId', 'name'] } },
    });
    watch.screen = 'invoice-print';
    await page.goto(`${demo.app.baseUrl}/admin/content-manager/collection-types/${UID.invoice}/${invoice.documentId}`);
    const printed = await downloadOf(page, 'Друкувати рахунок (Excel)');
    const workbook = new Workbook();
    await workbook.xlsx.load(printed.content as never);
    expect(String(workbook.worksheets[0].getCell('A10').value)).toBe(`Рахунок на оплату № ${invoice.number} від ${String(workbook.worksheets[0].getCell('A10').value).slice(-10)}`);
    expect(String(workbook.worksheets[0].getCell('A10').value)).toMatch(/ від \d{2}\.\d{2}\.\d{4}$/);
    await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, 'reports-invoice-print.png') });

    watch.screen = 'client-chronicle';
    await page.goto(`${demo.app.baseUrl}/admin/content-manager/collection-types/${UID.counterparty}/${invoice.counterparty.documentId}`);
    const chronicle = await downloadOf(page, 'Хроніка клієнта в Excel');
    const book = new Workbook();
    await book.xlsx.load(chronicle.content as never);
    expect(book.worksheets.map((sheet) => sheet.name)).toContain('Хроніка');
    expect(JSON.stringify(book.worksheets[0].getSheetValues())).toContain('Дата і час');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.badResponses).toEqual([]);
    await page.close();
  });

  test('the Director subscribes to a report: chosen from a list, its parameters as fields, no JSON', async () => {
    const { page, watch } = await login(demo, 'director');
    watch.screen = 'subscription';
    await page.goto(`${demo.app.baseUrl}/admin/content-manager/collection-types/api::report-subscription.report-subscription/create`);
    await page.locator('input[name="name"]').waitFor({ timeout: 60000 });
    await page.fill('input[name="name"]', 'Продажі щомісяця');
    await page.getByText('Спершу оберіть звіт').waitFor({ timeout: 30000 });
    await page.getByRole('combobox', { name: /^Звіт/ }).click();
    await page.getByRole('option', { name: REPORT }).click();
    const parameters = page.locator('[data-subscription-parameters]');
    await parameters.getByText('Оберіть період').waitFor({ timeout: 30000 });
    await parameters.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Минулий місяць' }).click();
    await page.fill('input[name="schedule"]', '0 8 1 * *');
    await page.fill('textarea[name="recipients"]', 'director@vitrylo.demo');
    expect(await page.locator('.cm-editor').count()).toBe(0);
    expect(await leftoversOn(page, 'subscription', ALLOWED)).toEqual([]);
    await shoot(page, path.join(DOCS_SCREENSHOTS, 'reports-subscription.png'));
    await page.getByRole('button', { name: /^Зберегти$/ }).click();
    const saved = async () => demo.app.strapi.db.query('api::report-subscription.report-subscription').findOne({ where: { name: 'Продажі щомісяця' } });
    for (let i = 0; i < 50 && !(await saved()); i += 1) await page.waitForTimeout(200);
    expect(await saved()).toMatchObject({ reportKey: 'sales-volume', parameters: { period: 'previous-month' }, schedule: '0 8 1 * *' });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.badResponses).toEqual([]);
    await page.close();
  });
});
