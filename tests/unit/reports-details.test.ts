import ExcelJS from 'exceljs';
import { checkReportTemplate, defineReport, fillReportTemplate, makeReportTemplate, renderReportXlsx, reportDefinitionProblems } from '../../src/domain/reports';

/** A report of one record: an invoice's single values as details, its lines as the sheet. */
const invoiceReport = defineReport({
  key: 'one-invoice',
  title: { uk: 'Рахунок', en: 'Invoice' },
  section: 'documents',
  parameters: [],
  details: [
    { field: 'number', caption: { uk: 'Номер', en: 'Number' }, type: 'text' },
    { field: 'date', caption: { uk: 'Дата', en: 'Date' }, type: 'date' },
    { field: 'total', caption: { uk: 'Усього', en: 'Total' }, type: 'money' },
    { field: 'buyer', caption: { uk: 'Покупець', en: 'Buyer' }, type: 'text' },
  ],
  sheets: [
    {
      name: { uk: 'Рядки', en: 'Lines' },
      columns: [
        { field: 'product', caption: { uk: 'Товар', en: 'Product' }, type: 'text' },
        { field: 'amount', caption: { uk: 'Сума', en: 'Amount' }, type: 'money', total: 'sum' },
      ],
    },
  ],
});

const input = {
  sheets: [[{ product: 'Ноутбук', amount: '1200.00' }, { product: 'Миша', amount: '0.50' }]],
  details: { number: 'Р26-0000017', date: '2026-11-30', total: '1200.50', buyer: null },
  generatedAt: new Date('2026-11-30T10:00:00Z'),
  timeZone: 'Europe/Kyiv',
};

async function load(buffer: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as never);
  return workbook;
}

describe('details of a report of one record', () => {
  test('the standard layout shows the ones with a value under the title', async () => {
    const sheet = (await load(await renderReportXlsx(invoiceReport, input))).worksheets[0];
    const texts = [1, 2, 3, 4, 5].map((row) => String(sheet.getCell(`A${row}`).value).replace(/\s/g, ' '));
    expect(texts).toEqual(expect.arrayContaining(['Номер: Р26-0000017', 'Дата: 30.11.2026', 'Усього: 1 200,50']));
    expect(texts.join()).not.toMatch(/Покупець/);
  });

  test('a template takes them alone in a cell as typed values and inside texts as text', async () => {
    const template = await load(await makeReportTemplate(invoiceReport));
    const sheet = template.worksheets[0];
    expect(sheet.getCell('A5').value).toBe('Номер: {{detail.number}}');
    sheet.getCell('D1').value = '{{detail.total}}';
    sheet.getCell('D2').value = 'Рахунок № {{detail.number}} від {{detail.date}}';
    const filled = (await load(await fillReportTemplate(invoiceReport, Buffer.from(await template.xlsx.writeBuffer()), input))).worksheets[0];
    expect(filled.getCell('D1').value).toBe(1200.5);
    expect(filled.getCell('D1').numFmt).toBe('#,##0.00');
    expect(filled.getCell('D2').value).toBe('Рахунок № Р26-0000017 від 30.11.2026');
    expect(filled.getCell('A8').value).toBe('Покупець: ');
  });

  test('a template naming a detail the report has not is refused, naming the cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Рахунок');
    sheet.getCell('A1').value = '{{row.product}}';
    sheet.getCell('B3').value = '{{detail.colour}}';
    const checked = await checkReportTemplate(invoiceReport, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(checked).toMatchObject({ ok: false, code: 'report.template.unknownField', params: { field: 'colour', cell: 'B3' } });
  });

  test('a detail is declared once and never totalled', () => {
    const problems = reportDefinitionProblems({
      ...invoiceReport,
      details: [...invoiceReport.details!, { field: 'number', caption: { uk: 'Ще', en: 'Again' }, type: 'money', total: 'sum' }],
    });
    expect(problems).toEqual(['detail "number" is declared twice', 'detail "number" cannot have a total']);
  });
});
