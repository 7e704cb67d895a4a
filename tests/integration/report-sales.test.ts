import { Workbook } from 'exceljs';
import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person, salesManagerNames } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { downloadOf, reportJson, reportXlsx, sheetValues, uploadTemplate } from '../helpers/report-requests';
import { UID } from '../../src/access/uids';

/**
 * The sales report through its admin routes, on a hand-computed set of invoices (June–July 2024):
 *
 *   invoice  date        client (manager)          author        state      lines (price × qty, VAT)          net       total
 *   I1       2024-06-03  Альфа (manager)            manager       issued     А 1000.00 × 1 20%; Б 250.10 × 2 20%  1500.20   1800.24
 *   I2       2024-06-20  Бета (colleague)           colleague     issued     А 333.33 × 3 20%                  999.99    1199.99
 *   I3       2024-07-01  Гамма (otherManager)       otherManager  issued     Б 0.10 × 1 0%                     0.10      0.10
 *   I4–I5    2024-06     Альфа                      manager       draft, cancelled: not sales
 *   I6       2024-06-12  Альфа                      manager       issued, USD: only in the USD report
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let names: Record<'manager' | 'colleague' | 'otherManager', string>;

const PERIOD = 'from=2024-06-01&to=2024-07-31';
const GROUP_A = 'Ноутбуки (звіт)';
const GROUP_B = 'Послуги (звіт)';
const INDUSTRY = 'Торгівля (звіт)';
const SEGMENT = 'Малий бізнес (звіт)';

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const create = (uid: string, data: Record<string, unknown>) => app.strapi.documents(uid as any).create({ data } as any) as Promise<any>;
  names = await salesManagerNames(app.strapi, fx);
  const groupA = await create('api::product-group.product-group', { name: GROUP_A, code: 'RPT-A' });
  const groupB = await create('api::product-group.product-group', { name: GROUP_B, code: 'RPT-B' });
  const productA = await create(UID.product, { name: 'Ноутбук для звіту', code: 'RPT-1', productGroup: groupA.documentId, price: 1000 });
  const productB = await create(UID.product, { name: 'Послуга для звіту', code: 'RPT-2', productGroup: groupB.documentId, price: 100 });
  const industry = await create('api::industry.industry', { name: INDUSTRY });
  const segment = await create('api::market-segment.market-segment', { name: SEGMENT });
  const client = (name: string, manager: Person, department: 'sales1' | 'sales2', more: Record<string, unknown> = {}) =>
    create(UID.counterparty, { name, kind: 'client', manager: fx.employees[manager].documentId, department: fx.departments[department].documentId, ...more });
  const alpha = await client('Альфа (звіт)', 'manager', 'sales1', { industry: industry.documentId, marketSegment: segment.documentId });
  const beta = await client('Бета (звіт)', 'colleague', 'sales1');
  const gamma = await client('Гамма (звіт)', 'otherManager', 'sales2');
  const line = (product: any, price: string, quantity: number, vatRate = 20) => ({ product: product.documentId, price, quantity, vatRate });
  const invoice = (number: string, date: string, counterparty: any, author: Person, state: string, lines: unknown[], currency = 'UAH') =>
    create(UID.invoice, { number, date, counterparty: counterparty.documentId, author: fx.employees[author].documentId, state, lines, currency });
  await invoice('RPT-I1', '2024-06-03', alpha, 'manager', 'issued', [line(productA, '1000.00', 1), line(productB, '250.10', 2)]);
  await invoice('RPT-I2', '2024-06-20', beta, 'colleague', 'issued', [line(productA, '333.33', 3)]);
  await invoice('RPT-I3', '2024-07-01', gamma, 'otherManager', 'issued', [line(productB, '0.10', 1, 0)]);
  await invoice('RPT-I4', '2024-06-10', alpha, 'manager', 'draft', [line(productA, '5000.00', 1)]);
  await invoice('RPT-I5', '2024-06-11', alpha, 'manager', 'cancelled', [line(productA, '7000.00', 1)]);
  await invoice('RPT-I6', '2024-06-12', alpha, 'manager', 'issued', [line(productA, '100.00', 1)], 'USD');
});

afterAll(async () => {
  await app?.stop();
});

const values = (sheet: any, fields: string[]) => sheet.rows.map((row: any) => fields.map((field) => row.values[field]));

describe('sales volume and structure', () => {
  it('sums the sold lines by month, manager, product group and industry, exactly, for the director', async () => {
    const res = await reportJson(as.director, 'sales-volume', PERIOD);
    expect(res.status).toBe(200);
    const [byMonth, byManager, byGroup, byIndustry] = res.body.data.sheets;
    expect(res.body.data.title).toBe('Обсяг і структура продажів');
    expect(values(byMonth, ['month', 'manager', 'productGroup', 'net', 'total'])).toEqual([
      ['2024-06', names.manager, GROUP_A, '1000.00', '1200.00'],
      ['2024-06', names.colleague, GROUP_A, '999.99', '1199.99'],
      ['2024-06', names.manager, GROUP_B, '500.20', '600.24'],
      ['2024-07', names.otherManager, GROUP_B, '0.10', '0.10'],
    ]);
    expect(byMonth.groups.map((group: any) => [group.text, group.total.total.value])).toEqual([
      ['2024-06', '3000.23'],
      ['2024-07', '0.10'],
    ]);
    expect(values(byManager, ['manager', 'invoices', 'net', 'total'])).toEqual([
      [names.manager, 1, '1500.20', '1800.24'],
      [names.colleague, 1, '999.99', '1199.99'],
      [names.otherManager, 1, '0.10', '0.10'],
    ]);
    // 1800.24 / 3000.33 of the whole
    expect(byManager.rows[0].values.share).toBeCloseTo(0.600014, 6);
    expect(byManager.total.total.value).toBe('3000.33');
    expect(values(byGroup, ['productGroup', 'net', 'total'])).toEqual([
      [GROUP_A, '1999.99', '2399.99'],
      [GROUP_B, '500.30', '600.34'],
    ]);
    expect(values(byIndustry, ['industry', 'segment', 'total'])).toEqual([
      [INDUSTRY, SEGMENT, '1800.24'],
      [null, null, '1200.09'],
    ]);
  });

  it('takes one currency at a time and leaves drafts and cancelled invoices out', async () => {
    const res = await reportJson(as.director, 'sales-volume', `${PERIOD}&currency=USD`);
    expect(res.status).toBe(200);
    expect(values(res.body.data.sheets[1], ['manager', 'total'])).toEqual([[names.manager, '120.00']]);
    expect(res.body.data.parameters).toEqual(expect.arrayContaining([{ key: 'currency', kind: 'enum', caption: 'Валюта', text: 'USD' }]));
  });

  it('narrows to the managers and product groups asked for, naming them in the heading', async () => {
    const group: any = await app.strapi.db.query('api::product-group.product-group').findOne({ where: { name: GROUP_B } });
    const res = await reportJson(as.director, 'sales-volume', `${PERIOD}&manager=${fx.employees.manager.documentId}&productGroup=${group.documentId}`);
    expect(res.status).toBe(200);
    expect(values(res.body.data.sheets[1], ['manager', 'net', 'total'])).toEqual([[names.manager, '500.20', '600.24']]);
    expect(res.body.data.parameters.map((line: any) => line.text)).toEqual(expect.arrayContaining([names.manager, GROUP_B]));
  });

  it('gives a Sales manager their own and their department’s sales only', async () => {
    const mine = await reportJson(as.manager, 'sales-volume', PERIOD);
    expect(mine.status).toBe(200);
    expect(values(mine.body.data.sheets[1], ['manager'])).toEqual([[names.manager], [names.colleague]]);
    const other = await reportJson(as.otherManager, 'sales-volume', PERIOD);
    expect(values(other.body.data.sheets[1], ['manager', 'total'])).toEqual([[names.otherManager, '0.10']]);
    expect(JSON.stringify(other.body)).not.toMatch(/Альфа|Бета|1800\.24/);
  });

  it('is neither listed for nor run by the Secretary, who sees no money', async () => {
    const list = await as.secretary.get('/crm/reports');
    expect([200, 403]).toContain(list.status);
    if (list.status === 200) expect(list.body.data.map((report: any) => report.key)).not.toContain('sales-volume');
    const run = await reportJson(as.secretary, 'sales-volume', PERIOD);
    expect(run.status).toBe(403);
    expect(JSON.stringify(run.body)).not.toMatch(/1800|Альфа/);
  });

  it('refuses bad parameters, naming each', async () => {
    const res = await reportJson(as.director, 'sales-volume', 'from=2024-13-01&to=2024-06-01&colour=red&currency=XYZ');
    expect(res.status).toBe(400);
    const paths = res.body.error.details.errors.map((error: any) => error.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['period.from', 'colour', 'currency']));
    const long = await reportJson(as.director, 'sales-volume', 'from=2023-01-01&to=2024-12-31');
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/366/);
    const nobody = await reportJson(as.director, 'sales-volume', `${PERIOD}&manager=nosuchemployee00000000000`);
    expect(nobody.status).toBe(400);
    expect(nobody.body.error.details.errors[0].path).toEqual(['manager', '0']);
    expect((await reportJson(as.director, 'no-such-report', PERIOD)).status).toBe(404);
  });
});

describe('the workbook', () => {
  it('has the four sheets with titles, typed figures, money formats and totals', async () => {
    const { status, workbook, headers } = await reportXlsx(as.director, 'sales-volume', PERIOD);
    expect(status).toBe(200);
    expect(headers['content-type']).toMatch(/spreadsheetml/);
    expect(decodeURIComponent(headers['content-disposition'])).toMatch(/Обсяг і структура продажів 2024-06-01—2024-07-31\.xlsx/);
    expect(workbook!.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['За місяцями', 'За менеджерами', 'За групами товарів', 'За галузями і сегментами']));
    const rows = sheetValues(workbook!, 'За менеджерами');
    expect(rows[0][0]).toBe('Обсяг і структура продажів');
    const header = rows.findIndex((row) => row?.[0] === 'Менеджер');
    expect(rows[header]).toEqual(['Менеджер', 'Рахунків', 'Сума без ПДВ', 'Сума з ПДВ', 'Частка']);
    expect(rows[header + 1].slice(0, 4)).toEqual([names.manager, 1, 1500.2, 1800.24]);
    const total = rows.find((row) => row?.[0] === 'Усього')!;
    expect(total.slice(1, 4)).toEqual([3, 2500.29, 3000.33]);
    const sheet = workbook!.getWorksheet('За менеджерами')!;
    expect(sheet.getRow(header + 2).getCell(4).numFmt).toMatch(/0\.00/);
  });
});

describe('a company’s own template', () => {
  it('is downloaded, edited in a spreadsheet program and uploaded, and the report is written into it', async () => {
    const download = await downloadOf(as.director.get('/crm/reports/sales-volume/template'));
    expect(download.status).toBe(200);
    const template = new Workbook();
    await template.xlsx.load(download.body);
    const sheet = template.worksheets[0];
    // the data row: the {{row.…}} placeholders
    let dataRow = 0;
    sheet.eachRow((row, number) => {
      row.eachCell((cell) => {
        if (String(cell.value).startsWith('{{row.')) dataRow = number;
      });
    });
    expect(dataRow).toBeGreaterThan(0);
    // the company's edits: a bold red font, their own line of text, the product group column removed, a formula below
    sheet.getCell('A1').font = { bold: true, color: { argb: 'FFFF0000' } };
    sheet.getCell('A2').value = 'ТОВ «Вітрило-Тест», відділ продажів';
    const columns = sheet.getRow(dataRow).values as unknown[];
    const groupColumn = columns.findIndex((value) => value === '{{row.productGroup}}');
    expect(groupColumn).toBeGreaterThan(0);
    sheet.getRow(dataRow).getCell(groupColumn).value = null;
    sheet.getRow(dataRow - 1).getCell(groupColumn).value = null;
    const totalColumn = columns.findIndex((value) => value === '{{row.total}}');
    const letter = sheet.getColumn(totalColumn).letter;
    sheet.getCell(`${letter}${dataRow + 3}`).value = { formula: `SUM(${letter}${dataRow}:${letter}${dataRow})*2` } as any;
    const edited = Buffer.from(await template.xlsx.writeBuffer());

    const upload = await uploadTemplate(app, as.director, 'sales-volume', edited, 'Наш звіт про продажі.xlsx');
    expect(upload.status).toBe(200);
    expect(upload.body.data).toMatchObject({ name: 'Наш звіт про продажі', active: true });

    const { workbook } = await reportXlsx(as.director, 'sales-volume', PERIOD);
    const filled = workbook!.worksheets[0];
    expect(filled.getCell('A1').font?.color?.argb).toBe('FFFF0000');
    expect(filled.getCell('A2').value).toBe('ТОВ «Вітрило-Тест», відділ продажів');
    const texts = sheetValues(workbook!, filled.name).flat();
    expect(texts).not.toContain(GROUP_A);
    expect(texts).toContain('2024-07');
    // the formula under the table now sums all four data rows
    const formulaCell = filled.getCell(`${letter}${dataRow + 3 + 3}`);
    expect(String((formulaCell.value as any)?.formula)).toBe(`SUM(${letter}${dataRow}:${letter}${dataRow + 3})*2`);

    const listed = await as.director.get('/crm/reports');
    expect(listed.body.data.find((report: any) => report.key === 'sales-volume').template).toMatchObject({ name: 'Наш звіт про продажі', active: true });

    // back to the standard layout
    expect((await as.director.del('/crm/reports/sales-volume/template')).status).toBe(200);
    const standard = await reportXlsx(as.director, 'sales-volume', PERIOD);
    expect(sheetValues(standard.workbook!, 'За місяцями').flat()).toContain(GROUP_A);
  });

  it('refuses a broken template with the reason, and keeps the report as it was', async () => {
    const notExcel = await uploadTemplate(app, as.director, 'sales-volume', Buffer.from('a;b;c\n1;2;3\n'), 'звіт.csv');
    expect(notExcel.status).toBe(400);
    expect(notExcel.body.error.message).toMatch(/\.xlsx/);
    const workbook = new Workbook();
    workbook.addWorksheet('Аркуш1').getCell('A1').value = '{{row.colour}}';
    const unknownField = await uploadTemplate(app, as.director, 'sales-volume', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.message).toMatch(/colour/);
    expect(unknownField.body.error.message).toMatch(/A1/);
    const list = await as.director.get('/crm/reports');
    expect(list.body.data.find((report: any) => report.key === 'sales-volume').template).toBeNull();
  });

  it('is uploaded by the Director only; nobody reads another report’s template file by its record', async () => {
    const content = await downloadOf(as.director.get('/crm/reports/sales-volume/template'));
    for (const person of ['manager', 'accountant', 'marketer'] as Person[]) {
      expect((await uploadTemplate(app, as[person], 'sales-volume', content.body)).status).toBe(403);
      expect((await as[person].del('/crm/reports/sales-volume/template')).status).toBe(403);
    }
  });
});
