import { Workbook } from 'exceljs';
import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { downloadOf, reportJson, reportXlsx, sheetValues, uploadTemplate } from '../helpers/report-requests';
import { UID } from '../../src/access/uids';

/**
 * «Рахунок на оплату»: one invoice printed with the supplier's requisites (config/company.ts, from the
 * environment), the buyer's, its lines, totals and the amount in words, in the built-in layout or the
 * company's own template; only for an invoice the caller may see.
 */

const COMPANY = {
  VITRYLO_COMPANY_NAME: 'ТОВ «Друкарня Тест»',
  VITRYLO_COMPANY_CODE: '44612739',
  VITRYLO_COMPANY_IBAN: 'UA233052990000026007300214455',
  VITRYLO_COMPANY_BANK: 'АТ КБ «ПриватБанк»',
};

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let invoice: { documentId: string };

beforeAll(async () => {
  Object.assign(process.env, COMPANY);
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const create = (uid: string, data: Record<string, unknown>) => app.strapi.documents(uid as any).create({ data } as any) as Promise<any>;
  const buyer = await create(UID.counterparty, {
    name: 'ТОВ «Покупець»',
    fullName: 'Товариство з обмеженою відповідальністю «Покупець»',
    kind: 'client',
    edrpou: '44612739',
    address: { postalCode: '79000', city: 'Львів', street: 'вул. Городоцька', building: '12' },
    manager: fx.employees.manager.documentId,
    department: fx.departments.sales1.documentId,
  });
  const product = await create(UID.product, { name: 'Монітор 27″', code: 'PRN-27', unit: 'шт', price: 5000 });
  invoice = await create(UID.invoice, {
    number: 'ДРУК-1',
    date: '2026-11-02',
    dueDate: '2026-11-12',
    counterparty: buyer.documentId,
    author: fx.employees.manager.documentId,
    state: 'issued',
    lines: [
      { product: product.documentId, unit: 'шт', quantity: 2, price: '5000.00', vatRate: 20 },
      { description: 'Доставка', unit: 'послуга', quantity: 1, price: '250.50', vatRate: 20 },
    ],
  });
});

afterAll(async () => {
  await app?.stop();
  for (const name of Object.keys(COMPANY)) delete process.env[name];
});

const query = () => `invoice=${invoice.documentId}`;

describe('the invoice print form', () => {
  it('shows on screen the invoice’s lines, totals and details with the amount in words', async () => {
    const res = await reportJson(as.manager, 'invoice-print', query());
    expect(res.status).toBe(200);
    const [sheet] = res.body.data.sheets;
    expect(sheet.rows.map((row: any) => [row.values.position, row.values.product, row.values.net, row.values.vat, row.values.total])).toEqual([
      [1, 'Монітор 27″', '10000.00', '2000.00', '12000.00'],
      [2, 'Доставка', '250.50', '50.10', '300.60'],
    ]);
    expect(sheet.total.total.value).toBe('12300.60');
    const details = Object.fromEntries(res.body.data.details.map((line: any) => [line.field, line.text]));
    expect(details).toMatchObject({
      number: 'ДРУК-1',
      supplier: 'ТОВ «Друкарня Тест»',
      supplierCode: '44612739',
      buyer: 'Товариство з обмеженою відповідальністю «Покупець»',
      buyerAddress: '79000, м. Львів, вул. Городоцька, 12',
      amountInWords: 'Дванадцять тисяч триста гривень 60 копійок',
    });
  });

  it('prints in the built-in layout: requisites, title, lines, totals and words', async () => {
    const { status, workbook } = await reportXlsx(as.manager, 'invoice-print', query());
    expect(status).toBe(200);
    const texts = sheetValues(workbook!, 'Рахунок').flat().filter((value) => value !== undefined && value !== null).map(String);
    expect(texts).toEqual(expect.arrayContaining(['ТОВ «Друкарня Тест»', 'Рахунок на оплату № ДРУК-1 від 02.11.2026', 'Монітор 27″', 'Доставка']));
    expect(texts.join('\n')).toMatch(/Всього на суму: Дванадцять тисяч триста гривень 60 копійок, у т\. ч\. ПДВ 2\s050,10 \(UAH\)/);
    expect(texts.join('\n')).toMatch(/IBAN UA233052990000026007300214455, АТ КБ «ПриватБанк»/);
    expect(texts).toContain('12300.6');
  });

  it('is printed from the company’s own template once uploaded', async () => {
    const download = await downloadOf(as.director.get('/crm/reports/invoice-print/template'));
    const template = new Workbook();
    await template.xlsx.load(download.body);
    template.worksheets[0].getCell('A22').value = 'Печатка і підпис: ______  {{detail.supplier}}';
    expect((await uploadTemplate(app, as.director, 'invoice-print', Buffer.from(await template.xlsx.writeBuffer()))).status).toBe(200);
    const { workbook } = await reportXlsx(as.manager, 'invoice-print', query());
    // one data row became two: everything below moved down one row
    expect(workbook!.worksheets[0].getCell('A23').value).toBe('Печатка і підпис: ______  ТОВ «Друкарня Тест»');
    expect((await as.director.del('/crm/reports/invoice-print/template')).status).toBe(200);
  });

  it('prints only an invoice the caller may see, and needs one', async () => {
    const other = await reportJson(as.otherManager, 'invoice-print', query());
    expect(other.status).toBe(400);
    expect(other.body.error.details.errors[0].path).toEqual(['invoice']);
    expect(JSON.stringify(other.body)).not.toMatch(/ДРУК|Покупець/);
    const none = await reportJson(as.manager, 'invoice-print', '');
    expect(none.status).toBe(400);
    expect(none.body.error.details.errors[0].path).toEqual(['invoice']);
    expect((await reportJson(as.secretary, 'invoice-print', query())).status).toBe(403);
  });
});
