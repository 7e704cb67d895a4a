import ExcelJS from 'exceljs';
import zlib from 'zlib';
import { DomainValidationError } from '../../src/domain/errors';
import { messageText, MessageCode } from '../../src/domain/messages';
import { checkReportTemplate, describeReportParameters, fillReportTemplate, makeReportTemplate, readReportParameters, ReportRenderInput } from '../../src/domain/reports';
import { DEPARTMENT_ROWS, departmentReport, SALES_ROWS, salesReport } from '../helpers/report-fixtures';

const GENERATED_AT = new Date('2026-11-30T12:05:00Z');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function runInput(rows = SALES_ROWS): ReportRenderInput {
  const parameters = readReportParameters(salesReport, { period: { from: '2026-11-01', to: '2026-11-30' } });
  return {
    sheets: [rows],
    parameters: describeReportParameters(salesReport, parameters),
    company: 'ТОВ «Вітрило»',
    generatedAt: GENERATED_AT,
    timeZone: 'Europe/Kyiv',
  };
}

async function load(buffer: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as never);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** One part of an .xlsx (a zip), found through the zip's central directory: exceljs does not read calcPr back. */
function zipEntryText(zip: Buffer, name: string): string {
  for (let at = zip.lastIndexOf(Buffer.from('PK\u0005\u0006', 'latin1')), entry = zip.readUInt32LE(at + 16); zip.readUInt32LE(entry) === 0x02014b50; ) {
    const [method, size, nameLength, extraLength, commentLength, local] = [10, 20, 28, 30, 32, 42].map((offset, i) =>
      i === 1 || i === 5 ? zip.readUInt32LE(entry + offset) : zip.readUInt16LE(entry + offset),
    );
    if (zip.toString('utf8', entry + 46, entry + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    entry += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the file`);
}

const values = (sheet: ExcelJS.Worksheet, row: number, columns: number) => Array.from({ length: columns }, (_, i) => sheet.getCell(row, i + 1).value ?? null);

async function refusalOf(file: Uint8Array, sheetIndex = 0): Promise<{ code?: string; params?: unknown }> {
  const result = await checkReportTemplate(salesReport, file, sheetIndex);
  expect(result.ok).toBe(false);
  return { code: result.code, params: result.params };
}

/** A fresh template, changed by `edit`, saved as a user would save it. */
async function editedTemplate(edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await load(await makeReportTemplate(salesReport));
  edit(workbook.worksheets[0], workbook);
  return save(workbook);
}

describe('the downloadable template', () => {
  let sheet: ExcelJS.Worksheet;
  let template: Buffer;

  beforeAll(async () => {
    template = await makeReportTemplate(salesReport);
    sheet = (await load(template)).worksheets[0];
  });

  it('has the title block, the captions, one data row of placeholders and a total row', () => {
    expect(sheet.name).toBe('Продажі');
    expect([1, 2, 3, 4].map((row) => sheet.getCell(row, 1).value)).toEqual(['{{title}}', '{{company}}', '{{parameters}}', 'Сформовано: {{generatedAt}}']);
    expect(values(sheet, 6, 7)).toEqual(['Менеджер', 'Контрагент', 'Дата', 'Рахунків', 'Сума, грн', 'Частка оплат', 'Остання оплата']);
    expect(values(sheet, 7, 7)).toEqual(['{{row.manager}}', '{{row.counterparty}}', '{{row.date}}', '{{row.invoices}}', '{{row.amount}}', '{{row.share}}', '{{row.paidAt}}']);
    expect(values(sheet, 8, 7)).toEqual(['Усього', '{{total.counterparty}}', null, '{{total.invoices}}', '{{total.amount}}', '{{total.share}}', null]);
  });

  it('the data row carries the number formats; the header is frozen and filtered', () => {
    expect(['C7', 'D7', 'E7', 'F7', 'G7', 'E8'].map((address) => sheet.getCell(address).numFmt)).toEqual([
      'dd.mm.yyyy',
      '#,##0',
      '#,##0.00',
      '0.0%',
      'dd.mm.yyyy hh:mm',
      '#,##0.00',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(sheet.autoFilter).toBe('A6:G7');
  });

  it('passes its own check', async () => {
    const result = await checkReportTemplate(salesReport, template);
    expect(result.ok).toBe(true);
    expect(result.value).toEqual({
      sheetName: 'Продажі',
      dataRow: 7,
      fields: ['manager', 'counterparty', 'date', 'invoices', 'amount', 'share', 'paidAt'],
      totals: ['counterparty', 'invoices', 'amount', 'share'],
    });
  });

  it('is made in English too', async () => {
    const english = (await load(await makeReportTemplate(salesReport, 0, { locale: 'en' }))).worksheets[0];
    expect([english.name, english.getCell('A4').value, english.getCell('E6').value, english.getCell('A8').value]).toEqual([
      'Sales',
      'Generated: {{generatedAt}}',
      'Amount, UAH',
      'Grand total',
    ]);
  });
});

describe('filling the unchanged template', () => {
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    sheet = (await load(await fillReportTemplate(salesReport, await makeReportTemplate(salesReport), runInput()))).worksheets[0];
  });

  it('fills the heading', () => {
    expect([1, 2, 3, 4].map((row) => sheet.getCell(row, 1).value)).toEqual([
      'Продажі за менеджерами',
      'ТОВ «Вітрило»',
      'Період: листопад 2026; Стан рахунків: Усі',
      'Сформовано: 30.11.2026 14:05',
    ]);
  });

  it('repeats the data row once per report row, typed, in the report’s order, with its formats', () => {
    expect(values(sheet, 7, 7)).toEqual(['Коваль', 'ФОП Іваненко', new Date(Date.UTC(2026, 10, 2)), 1, 1234.5, 0.5, new Date(Date.UTC(2026, 10, 2, 9, 0))]);
    expect(values(sheet, 10, 7)).toEqual(['Петренко', 'ТОВ «Альфа»', new Date(Date.UTC(2026, 10, 3)), 2, 0.1, 0.125, new Date(Date.UTC(2026, 10, 3, 12, 15))]);
    expect(values(sheet, 11, 7)).toEqual([null, 'ПП «Дельта»', new Date(Date.UTC(2026, 10, 4)), 0, 10, null, null]);
    for (const row of [7, 8, 9, 10, 11]) expect(sheet.getCell(row, 5).numFmt).toBe('#,##0.00');
    expect(sheet.getCell('C11').numFmt).toBe('dd.mm.yyyy');
  });

  it('moves the total row under the data and fills the totals as numbers', () => {
    expect(values(sheet, 12, 7)).toEqual(['Усього', 5, null, 7, 1001244.81, 0.302, null]);
    expect(sheet.getCell('E12').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('E12').font).toMatchObject({ bold: true });
    expect(sheet.autoFilter).toBe('A6:G11');
    expect(sheet.rowCount).toBe(12);
  });
});

describe('a template edited in a spreadsheet program', () => {
  let output: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  let template: Buffer;
  let filled: Buffer;

  beforeAll(async () => {
    template = await editedTemplate((worksheet, workbook) => {
      // extra text above the table, in the empty row
      worksheet.getCell('A5').value = 'Конфіденційно: лише для керівників';
      // the date column removed (columns move left: Менеджер, Контрагент, Рахунків, Сума, Частка, Остання оплата)
      worksheet.spliceColumns(3, 1);
      // the amount (now D) moved to the front: swap it with the manager (A) in the header, data and total rows
      for (const row of [6, 7, 8]) {
        const a = worksheet.getCell(`A${row}`);
        const d = worksheet.getCell(`D${row}`);
        const [aValue, aStyle, dValue, dStyle] = [a.value, { ...a.style }, d.value, { ...d.style }];
        a.value = dValue;
        a.style = dStyle;
        d.value = aValue;
        d.style = aStyle;
      }
      worksheet.autoFilter = 'A6:F7';
      // the data row restyled: italic dark red on yellow, a border, a taller row
      for (let column = 1; column <= 6; column += 1) {
        const cell = worksheet.getCell(7, column);
        cell.font = { italic: true, color: { argb: 'FF8B0000' }, name: 'Arial', size: 10 };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF99' } };
        cell.border = { bottom: { style: 'dotted' } };
      }
      worksheet.getCell('A7').numFmt = '#,##0.00 "грн"';
      // large amounts in bold red; the invoice count limited to whole numbers
      worksheet.addConditionalFormatting({
        ref: 'A7',
        rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: ['1000'], style: { font: { bold: true, color: { argb: 'FFFF0000' } } } }],
      });
      worksheet.getCell('C7').dataValidation = { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0] };
      worksheet.getRow(7).height = 24;
      // the data row's own formula: the invoice's amount per invoice, copied down
      worksheet.getCell('G6').value = 'На рахунок';
      worksheet.getCell('G7').value = { formula: 'IF(C7=0,0,A7/C7)' };
      // under the table: a check sum, a note in merged cells, a stamp image
      worksheet.getCell('C10').value = 'Перевірка:';
      worksheet.getCell('A10').value = { formula: 'SUM(A7:A7)' };
      worksheet.getCell('A11').value = { formula: 'AVERAGE(C7:C7)' };
      worksheet.mergeCells('B12:D12');
      worksheet.getCell('B12').value = 'Підпис керівника: ____________';
      worksheet.getCell('F12').value = 'Разом {{total.invoices}} рахунків на {{total.amount}} грн';
      const image = workbook.addImage({ buffer: PNG as never, extension: 'png' });
      worksheet.addImage(image, { tl: { col: 5, row: 0 }, ext: { width: 120, height: 40 } }); // a logo on top, F1
      worksheet.addImage(image, { tl: { col: 4, row: 12 }, ext: { width: 80, height: 80 } }); // a stamp at E13
      // a summary sheet pointing at the check sum
      const summary = workbook.addWorksheet('Підсумок');
      summary.getCell('A1').value = '{{title}} за {{period}}';
      summary.getCell('A2').value = { formula: "'Продажі'!A10*2" };
    });
    const result = await checkReportTemplate(salesReport, template);
    expect(result).toMatchObject({ ok: true, value: { dataRow: 7, fields: ['amount', 'counterparty', 'invoices', 'manager', 'share', 'paidAt'] } });
    filled = await fillReportTemplate(salesReport, template, runInput());
    output = await load(filled);
    sheet = output.getWorksheet('Продажі')!;
  });

  it('keeps the extra text and writes only the template’s columns, in its order', () => {
    expect(sheet.getCell('A5').value).toBe('Конфіденційно: лише для керівників');
    expect(values(sheet, 6, 7)).toEqual(['Сума, грн', 'Контрагент', 'Рахунків', 'Менеджер', 'Частка оплат', 'Остання оплата', 'На рахунок']);
    expect(values(sheet, 7, 6)).toEqual([1234.5, 'ФОП Іваненко', 1, 'Коваль', 0.5, new Date(Date.UTC(2026, 10, 2, 9, 0))]);
    expect(values(sheet, 8, 4)).toEqual([1000000.01, 'ТОВ «Гамма»', 1, 'Коваль']);
    // no date column anywhere
    const dates: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cell.value instanceof Date && cell.value.getUTCHours() === 0 && dates.push(cell.value)));
    expect(dates).toEqual([]);
  });

  it('gives every data row the data row’s font, fill, border, number format and height', () => {
    for (const row of [7, 8, 9, 10, 11]) {
      const cell = sheet.getCell(row, 1);
      expect(cell.font).toMatchObject({ italic: true, color: { argb: 'FF8B0000' }, name: 'Arial', size: 10 });
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF99' } });
      expect(cell.border?.bottom).toMatchObject({ style: 'dotted' });
      expect(cell.numFmt).toBe('#,##0.00 "грн"');
      expect(sheet.getRow(row).height).toBe(24);
    }
    expect(sheet.getCell('E9').numFmt).toBe('0.0%');
    expect(sheet.getRow(12).height).not.toBe(24);
  });

  it('stretches the data row’s conditional format and validation over every data row', () => {
    expect(sheet.conditionalFormattings.map((format) => format.ref)).toEqual(['A7:A11']);
    expect(sheet.conditionalFormattings[0].rules[0]).toMatchObject({ type: 'cellIs', operator: 'greaterThan', formulae: ['1000'] });
    for (const row of [7, 11]) expect(sheet.getCell(`C${row}`).dataValidation).toMatchObject({ type: 'whole', formulae: [0] });
    expect(sheet.getCell('C12').dataValidation).toBeUndefined();
  });

  it('copies the data row’s formula down', () => {
    expect([7, 8, 11].map((row) => sheet.getCell(row, 7).value)).toEqual([{ formula: 'IF(C7=0,0,A7/C7)' }, { formula: 'IF(C8=0,0,A8/C8)' }, { formula: 'IF(C11=0,0,A11/C11)' }]);
  });

  it('moves the totals and everything under the table down; formulas still point at the data', () => {
    expect(values(sheet, 12, 6)).toEqual([1001244.81, 5, 7, 'Усього', 0.302, null]);
    expect(sheet.getCell('C14').value).toBe('Перевірка:');
    expect(sheet.getCell('A14').value).toEqual({ formula: 'SUM(A7:A11)', result: 1001244.81 });
    expect(sheet.getCell('A15').value).toEqual({ formula: 'AVERAGE(C7:C11)', result: 1.4 });
    expect(sheet.getCell('B16').value).toBe('Підпис керівника: ____________');
    expect(sheet.getCell('C16').isMerged && sheet.getCell('C16').master.address).toBe('B16');
    expect(sheet.getCell('F16').value).toBe('Разом 7 рахунків на 1\u00a0001\u00a0244,81 грн');
    expect(sheet.autoFilter).toBe('A6:F11');
  });

  it('asks Excel and LibreOffice to compute the moved formulas on opening', () => {
    expect(zipEntryText(filled, 'xl/workbook.xml')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it('keeps the logo where it was and moves the stamp with the rows under the table', () => {
    const anchors = sheet.getImages().map((image) => image.range.tl.nativeRow);
    expect(anchors).toEqual([0, 16]);
    expect(output.model.media).toHaveLength(1);
  });

  it('other sheets: placeholders filled, references into the data sheet moved', () => {
    const summary = output.getWorksheet('Підсумок')!;
    expect(summary.getCell('A1').value).toBe('Продажі за менеджерами за листопад 2026');
    expect(summary.getCell('A2').value).toEqual({ formula: "'Продажі'!A14*2" });
    expect(output.worksheets.map((worksheet) => worksheet.name)).toEqual(['Продажі', 'Підсумок']);
  });
});

describe('filling: edge cases', () => {
  it('an empty report keeps the data row, emptied; formulas over it stay valid', async () => {
    const template = await editedTemplate((worksheet) => {
      worksheet.getCell('E10').value = { formula: 'SUM(E7:E7)' };
    });
    const sheet = (await load(await fillReportTemplate(salesReport, template, runInput([])))).worksheets[0];
    expect(values(sheet, 7, 7)).toEqual([null, null, null, null, null, null, null]);
    expect(sheet.getCell('E7').numFmt).toBe('#,##0.00');
    expect(values(sheet, 8, 5)).toEqual(['Усього', 0, null, 0, 0]);
    expect(sheet.getCell('E10').value).toEqual({ formula: 'SUM(E7:E7)' });
  });

  it('a hundred rows: =SUM(E7:E7) under the data row becomes =SUM(E7:E106), its result exact', async () => {
    const template = await editedTemplate((worksheet) => {
      worksheet.getCell('E10').value = { formula: 'SUM(E7:E7)' };
      worksheet.getCell('D10').value = { formula: 'COUNT(D7:D7)' };
    });
    const rows = Array.from({ length: 100 }, (_, i) => ({ ...SALES_ROWS[1], counterparty: `Клієнт ${i + 1}`, amount: '0.10' }));
    const sheet = (await load(await fillReportTemplate(salesReport, template, runInput(rows)))).worksheets[0];
    expect(sheet.getCell('B106').value).toBe('Клієнт 100');
    expect(sheet.getCell('E107').value).toBe(10);
    expect(sheet.getCell('E109').value).toEqual({ formula: 'SUM(E7:E106)', result: 10 });
    expect(sheet.getCell('D109').value).toEqual({ formula: 'COUNT(D7:D106)', result: 100 });
  });

  it('placeholders inside texts take the screen’s text; a row cell may join two fields', async () => {
    const template = await editedTemplate((worksheet) => {
      worksheet.getCell('A1').value = { richText: [{ text: 'Звіт «{{title}}»', font: { bold: true } }, { text: ' за {{period}}', font: { italic: true } }] };
      worksheet.getCell('B7').value = '{{row.counterparty}} ({{row.manager}})';
      worksheet.getCell('A3').value = '{{parameter.period}}; {{parameter.state}}';
    });
    const sheet = (await load(await fillReportTemplate(salesReport, template, runInput()))).worksheets[0];
    expect(sheet.getCell('A1').value).toEqual({ richText: [{ text: 'Звіт «Продажі за менеджерами»', font: { bold: true } }, { text: ' за листопад 2026', font: { italic: true } }] });
    expect(sheet.getCell('A3').value).toBe('листопад 2026; Усі');
    expect([7, 11].map((row) => sheet.getCell(row, 2).value)).toEqual(['ФОП Іваненко (Коваль)', 'ПП «Дельта» ()']);
  });

  it('the report’s other sheets follow the filled template in the standard layout', async () => {
    const template = await makeReportTemplate(departmentReport, 0);
    const workbook = await load(
      await fillReportTemplate(departmentReport, template, { sheets: [DEPARTMENT_ROWS, DEPARTMENT_ROWS], generatedAt: GENERATED_AT, timeZone: 'Europe/Kyiv' }),
    );
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['За відділами усі підсумки', 'Контрагенти']);
    expect(workbook.worksheets[0].getCell('A7').value).toBe('Продажі');
    expect(workbook.worksheets[1].getCell('B10').value).toEqual({ formula: 'SUBTOTAL(9,B5:B9)', result: 1001244.81 });
  });

  it('a template for the second sheet', async () => {
    const template = await makeReportTemplate(departmentReport, 1);
    expect((await checkReportTemplate(departmentReport, template, 1)).value).toMatchObject({ sheetName: 'Контрагенти', fields: ['counterparty', 'amount'] });
    // the first sheet's template names the department, which the second sheet does not have
    const result = await checkReportTemplate(departmentReport, await makeReportTemplate(departmentReport, 0), 1);
    expect([result.code, result.params?.field]).toEqual(['report.template.unknownField', 'department']);
  });
});

describe('broken templates are refused with a reason', () => {
  const expectRefused = async (file: Uint8Array, code: MessageCode, params?: Record<string, unknown>) => {
    const refusal = await refusalOf(file);
    expect(refusal.code).toBe(code);
    if (params) expect(refusal.params).toEqual(params);
    // the upload shows the reason in both languages
    for (const locale of ['uk', 'en'] as const) expect(messageText(code, (refusal.params ?? {}) as never, locale)).not.toMatch(/undefined/);
  };

  it('not an .xlsx: text, a PDF, a cut-off file', async () => {
    await expectRefused(Buffer.from('Менеджер;Сума\nКоваль;10\n'), 'report.template.notXlsx');
    await expectRefused(Buffer.from('%PDF-1.7\n1 0 obj'), 'report.template.notXlsx');
    const whole = await makeReportTemplate(salesReport);
    await expectRefused(whole.subarray(0, Math.floor(whole.length / 2)), 'report.template.notXlsx');
    expect(messageText('report.template.notXlsx', {}, 'uk')).toBe('це не файл Excel у форматі .xlsx (файл .xls відкрийте й збережіть як .xlsx)');
  });

  it('no sheet', async () => {
    await expectRefused(await save(new ExcelJS.Workbook()), 'report.template.noSheet');
  });

  it('no data row', async () => {
    await expectRefused(await editedTemplate((sheet) => sheet.spliceRows(7, 1)), 'report.template.noDataRow');
  });

  it('a field the report does not have', async () => {
    const file = await editedTemplate((sheet) => {
      sheet.getCell('H7').value = '{{row.discount}}';
    });
    await expectRefused(file, 'report.template.unknownField', { field: 'discount', placeholder: '{{row.discount}}', cell: 'H7' });
    expect(messageText('report.template.unknownField', { field: 'discount', placeholder: '{{row.discount}}', cell: 'H7' }, 'uk')).toBe(
      'у звіті немає поля «discount» ({{row.discount}} у клітинці H7)',
    );
  });

  it('data placeholders on several rows, or on several sheets', async () => {
    await expectRefused(await editedTemplate((sheet) => (sheet.getCell('B10').value = '{{row.amount}}')), 'report.template.severalRows', { rows: '7, 10' });
    await expectRefused(
      await editedTemplate((sheet, workbook) => (workbook.addWorksheet('Копія').getCell('A1').value = '{{row.amount}}')),
      'report.template.severalSheets',
      { sheets: 'Продажі, Копія' },
    );
  });

  it('unknown placeholders, parameters the report does not have, totals it does not compute', async () => {
    await expectRefused(await editedTemplate((sheet) => (sheet.getCell('B2').value = 'Керівник: {{director}}')), 'report.template.unknownPlaceholder', {
      placeholder: '{{director}}',
      cell: 'B2',
    });
    await expectRefused(await editedTemplate((sheet) => (sheet.getCell('B3').value = '{{parameter.region}}')), 'report.template.unknownPlaceholder', {
      placeholder: '{{parameter.region}}',
      cell: 'B3',
    });
    await expectRefused(await editedTemplate((sheet) => (sheet.getCell('C8').value = '{{total.date}}')), 'report.template.noTotal', { field: 'date', cell: 'C8' });
  });

  it('merged cells tying the data row to the next, an Excel table', async () => {
    await expectRefused(await editedTemplate((sheet) => sheet.mergeCells('G7:G8')), 'report.template.mergedDataRow', { range: 'G7:G8' });
    const withTable = await editedTemplate((sheet) => {
      sheet.addTable({ name: 'Дані', ref: 'J1', columns: [{ name: 'Назва' }], rows: [['x']] });
    });
    await expectRefused(withTable, 'report.template.excelTable', { name: 'Дані' });
  });

  it('filling a broken template throws the same refusal', async () => {
    const broken = await editedTemplate((sheet) => (sheet.getCell('B10').value = '{{row.amount}}'));
    await expect(fillReportTemplate(salesReport, broken, runInput())).rejects.toThrow(DomainValidationError);
    await fillReportTemplate(salesReport, broken, runInput()).catch((error: DomainValidationError) => {
      expect(error.details).toEqual([expect.objectContaining({ field: 'template', code: 'report.template.severalRows', params: { rows: '7, 10' } })]);
    });
  });
});
