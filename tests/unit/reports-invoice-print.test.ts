import ExcelJS from 'exceljs';
import { checkReportTemplate, defineReport, fillReportTemplate } from '../../src/domain/reports';
import { addressText, InvoiceSource, invoicePrintData, invoicePrintReport } from '../../src/domain/reports/catalog/invoice-print';
import { makeInvoicePrintTemplate } from '../../src/domain/reports/catalog/invoice-print-template';

const INVOICE: InvoiceSource = {
  number: 'Р26-0000017',
  date: '2026-11-02',
  dueDate: '2026-11-12',
  currency: 'UAH',
  totalNet: 10250.5,
  totalVat: '2050.10',
  total: '12300.60',
  author: 'Коваль Олена',
  buyer: { name: 'ТОВ «Покупець»', fullName: null, edrpou: '44612739', address: { postalCode: '79000', city: 'Львів', street: 'вул. Городоцька', building: '12', office: null } },
  contract: { number: 'Д-2026/0004', date: '2026-01-15' },
  lines: [
    { product: { name: 'Монітор 27″' }, unit: 'шт', quantity: 2, price: 5000, vatRate: 20, net: 10000, vat: 2000, total: 12000 },
    { product: null, description: 'Доставка', unit: 'послуга', quantity: '1.000', price: '250.50', vatRate: 20, net: '250.50', vat: '50.10', total: '300.60' },
  ],
};
const COMPANY = { name: 'ТОВ «Вітрило Трейд»', code: '44612739', iban: 'UA233052990000026007300214455', bank: 'АТ КБ «ПриватБанк»' };

describe('the invoice print form', () => {
  test('details: supplier, buyer, contract, totals and the amount in words; lines numbered with exact figures', () => {
    const { details, lines } = invoicePrintData(INVOICE, COMPANY);
    expect(details).toMatchObject({
      supplier: 'ТОВ «Вітрило Трейд»',
      buyer: 'ТОВ «Покупець»',
      buyerCode: '44612739',
      buyerAddress: '79000, м. Львів, вул. Городоцька, 12',
      contract: '№ Д-2026/0004 від 15.01.2026',
      totalNet: '10250.50',
      total: '12300.60',
      amountInWords: 'Дванадцять тисяч триста гривень 60 копійок',
    });
    expect(lines).toEqual([
      { position: 1, product: 'Монітор 27″', unit: 'шт', quantity: '2', price: '5000.00', net: '10000.00', vatRate: 20, vat: '2000.00', total: '12000.00' },
      { position: 2, product: 'Доставка', unit: 'послуга', quantity: '1', price: '250.50', net: '250.50', vatRate: 20, vat: '50.10', total: '300.60' },
    ]);
  });

  test('an address reads as Ukrainian post writes it', () => {
    expect(addressText({ postalCode: '03113', city: 'м. Київ', street: 'вул. Дегтярівська', building: '25', office: '412' })).toBe('03113, м. Київ, вул. Дегтярівська, 25, оф. 412');
    expect(addressText({})).toBeNull();
  });

  test('the built-in template passes the template check and prints the invoice', async () => {
    const report = defineReport(invoicePrintReport);
    const template = await makeInvoicePrintTemplate();
    expect(await checkReportTemplate(report, template)).toMatchObject({ ok: true });
    const { details, lines } = invoicePrintData(INVOICE, COMPANY);
    const output = await fillReportTemplate(report, template, { sheets: [lines], details, generatedAt: new Date('2026-11-02T10:00:00Z'), timeZone: 'Europe/Kyiv' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(output as never);
    const sheet = workbook.getWorksheet('Рахунок')!;
    expect(sheet.getCell('A10').value).toBe('Рахунок на оплату № Р26-0000017 від 02.11.2026');
    expect(sheet.getCell('B13').value).toBe('Монітор 27″');
    expect(sheet.getCell('B14').value).toBe('Доставка');
    expect(sheet.getCell('I13').value).toBe(12000);
    // the totals moved down with the second line; their merged cells, stacked one under another, too
    expect(sheet.getCell('A17').value).toBe('Усього з ПДВ:');
    expect(sheet.getCell('I17').value).toBe(12300.6);
    expect(String(sheet.getCell('A19').value)).toMatch(/^Всього на суму: Дванадцять тисяч триста гривень 60 копійок/);
  });
});
