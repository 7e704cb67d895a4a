import ExcelJS from 'exceljs';
import { describeReportParameters, readReportParameters, renderReportXlsx } from '../../src/domain/reports';
import { DEPARTMENT_ROWS, departmentReport, SALES_ROWS, salesReport } from '../helpers/report-fixtures';

const GENERATED_AT = new Date('2026-11-30T12:05:00Z'); // 14:05 in Kyiv

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as never);
  return workbook;
}

/** The values of a row from column A on, as exceljs reads them (formulas as { formula, result }). */
const rowValues = (sheet: ExcelJS.Worksheet, row: number, columns = 7) => Array.from({ length: columns }, (_, i) => sheet.getCell(row, i + 1).value ?? null);

describe('report workbook', () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const parameters = readReportParameters(salesReport, { period: { from: '2026-11-01', to: '2026-11-30' }, manager: 'abc123' });
    const buffer = await renderReportXlsx(salesReport, {
      sheets: [SALES_ROWS],
      parameters: describeReportParameters(salesReport, parameters, { names: { manager: 'Петренко Олена' } }),
      company: 'ТОВ «Вітрило»',
      generatedAt: GENERATED_AT,
      timeZone: 'Europe/Kyiv',
    });
    workbook = await readBack(buffer);
    sheet = workbook.worksheets[0];
  });

  it('has the report sheet and the chart data sheet, and the report’s properties', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Продажі', 'Дані для діаграми']);
    expect(workbook.title).toBe('Продажі за менеджерами');
    expect(workbook.company).toBe('ТОВ «Вітрило»');
    expect(workbook.creator).toBe('Vitrylo');
  });

  it('puts the title, the company, the parameters and the generation time on top', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((row) => sheet.getCell(row, 1).value)).toEqual([
      'Продажі за менеджерами',
      'ТОВ «Вітрило»',
      'Період: листопад 2026',
      'Менеджер: Петренко Олена',
      'Стан рахунків: Усі',
      'Сформовано: 30.11.2026 14:05',
      null,
    ]);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
  });

  it('a bold header, frozen with everything above it, and an autofilter over the table', () => {
    expect(rowValues(sheet, 8)).toEqual(['Менеджер', 'Контрагент', 'Дата', 'Рахунків', 'Сума, грн', 'Частка оплат', 'Остання оплата']);
    expect(sheet.getCell('E8').font).toMatchObject({ bold: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 8, topLeftCell: 'A9' });
    // header (8), five rows and three subtotals (9–16); the grand total (17) stays outside the filter
    expect(sheet.autoFilter).toBe('A8:G16');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '8:8' });
  });

  it('typed data rows with number formats: money, integers, percents, real dates', () => {
    expect(rowValues(sheet, 9)).toEqual(['Коваль', 'ФОП Іваненко', new Date(Date.UTC(2026, 10, 2)), 1, 1234.5, 0.5, new Date(Date.UTC(2026, 10, 2, 9, 0))]);
    expect(rowValues(sheet, 10)).toEqual(['Коваль', 'ТОВ «Гамма»', new Date(Date.UTC(2026, 10, 5)), 1, 1000000.01, 0.25, null]);
    expect(rowValues(sheet, 12)).toEqual(['Петренко', 'ТОВ «Бета»', new Date(Date.UTC(2026, 10, 1)), 3, 0.2, 0.333, new Date(Date.UTC(2026, 10, 1, 23, 30))]);
    expect(['C', 'D', 'E', 'F', 'G'].map((column) => sheet.getCell(`${column}9`).numFmt)).toEqual(['dd.mm.yyyy', '#,##0', '#,##0.00', '0.0%', 'dd.mm.yyyy hh:mm']);
  });

  it('a bold «Разом» row after each group, its figures SUBTOTAL formulas with the exact value cached', () => {
    expect(rowValues(sheet, 11)).toEqual([
      'Разом: Коваль',
      { formula: 'SUBTOTAL(3,B9:B10)', result: 2 },
      null,
      { formula: 'SUBTOTAL(9,D9:D10)', result: 2 },
      { formula: 'SUBTOTAL(9,E9:E10)', result: 1001234.51 },
      { formula: 'SUBTOTAL(1,F9:F10)', result: 0.375 },
      null,
    ]);
    expect(sheet.getCell('A11').font).toMatchObject({ bold: true });
    expect(sheet.getCell('E11').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('B11').numFmt).toBe('#,##0');
    expect(rowValues(sheet, 14).slice(0, 5)).toEqual(['Разом: Петренко', { formula: 'SUBTOTAL(3,B12:B13)', result: 2 }, null, { formula: 'SUBTOTAL(9,D12:D13)', result: 5 }, { formula: 'SUBTOTAL(9,E12:E13)', result: 0.3 }]);
    expect(rowValues(sheet, 15).slice(0, 2)).toEqual([null, 'ПП «Дельта»']);
    expect(rowValues(sheet, 16)[0]).toBe('Разом: (не вказано)');
    expect(rowValues(sheet, 16)[5]).toEqual({ formula: 'SUBTOTAL(1,F15:F15)' });
  });

  it('the «Усього» row counts every row once (SUBTOTAL skips the subtotals)', () => {
    expect(rowValues(sheet, 17)).toEqual([
      'Усього',
      { formula: 'SUBTOTAL(3,B9:B16)', result: 5 },
      null,
      { formula: 'SUBTOTAL(9,D9:D16)', result: 7 },
      { formula: 'SUBTOTAL(9,E9:E16)', result: 1001244.81 },
      { formula: 'SUBTOTAL(1,F9:F16)', result: 0.302 },
      null,
    ]);
    expect(sheet.getCell('E17').border?.top).toMatchObject({ style: 'thin' });
    expect(sheet.rowCount).toBe(17);
  });

  it('sensible widths: from captions and content, within limits', () => {
    const widths = sheet.columns.map((column) => column.width);
    // '1 001 244,81' is the widest amount; the share column stays at the minimum of 8
    expect(widths).toEqual([10, 14, 12, 10, 14, 8, 18]);
  });

  it('the chart data sheet: the series summed by category', () => {
    const chart = workbook.getWorksheet('Дані для діаграми')!;
    expect([1, 2, 3, 4].map((row) => rowValues(chart, row, 3))).toEqual([
      ['Менеджер', 'Сума, грн', 'Рахунків'],
      ['Коваль', 1001234.51, 2],
      ['Петренко', 0.3, 5],
      ['(не вказано)', 10, 0],
    ]);
    expect(chart.getCell('B2').numFmt).toBe('#,##0.00');
  });
});

describe('report workbook: several sheets, nested groups, English', () => {
  it('writes every sheet of the definition with safe names and nested subtotals', async () => {
    const buffer = await renderReportXlsx(departmentReport, {
      sheets: [DEPARTMENT_ROWS, DEPARTMENT_ROWS],
      generatedAt: GENERATED_AT,
      timeZone: 'Europe/Kyiv',
    });
    const workbook = await readBack(buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['За відділами усі підсумки', 'Контрагенти']);
    const [byDepartment, counterparties] = workbook.worksheets;
    // no company, no parameters: title, generated, empty row, header at 4
    expect(byDepartment.getCell('A2').value).toBe('Сформовано: 30.11.2026 14:05');
    expect(byDepartment.views[0]).toMatchObject({ ySplit: 4 });
    const labels = Array.from({ length: 14 }, (_, i) => byDepartment.getCell(i + 5, 1).value);
    expect(labels).toEqual(['Продажі', 'Продажі', 'Разом: Коваль', 'Продажі', 'Продажі', 'Разом: Петренко', 'Разом: Продажі', 'Сервіс', 'Разом: (не вказано)', 'Разом: Сервіс', 'Усього', null, null, null]);
    // The department's SUBTOTAL spans its managers' rows and their subtotals; SUBTOTAL skips the latter.
    expect(byDepartment.getCell('F11').value).toEqual({ formula: 'SUBTOTAL(9,F5:F10)', result: 1001234.81 });
    expect(byDepartment.getCell('F15').value).toEqual({ formula: 'SUBTOTAL(9,F5:F14)', result: 1001244.81 });
    expect(counterparties.getCell('A4').value).toBe('Контрагент');
    expect(counterparties.getCell('A5').value).toBe('ПП «Дельта»');
    expect(counterparties.getCell('B10').value).toEqual({ formula: 'SUBTOTAL(9,B5:B9)', result: 1001244.81 });
  });

  it('captions and labels in English', async () => {
    const workbook = await readBack(
      await renderReportXlsx(salesReport, { sheets: [SALES_ROWS.slice(0, 2)], generatedAt: GENERATED_AT, timeZone: 'Europe/Kyiv', locale: 'en' }),
    );
    const sheet = workbook.worksheets[0];
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sales', 'Chart data']);
    expect([1, 2, 4].map((row) => sheet.getCell(row, 1).value)).toEqual(['Sales by manager', 'Generated: 30.11.2026 14:05', 'Manager']);
    expect([6, 8, 9].map((row) => sheet.getCell(row, 1).value)).toEqual(['Total: Коваль', 'Total: Петренко', 'Grand total']);
  });

  it('an empty report still has its header and a zero total', async () => {
    const workbook = await readBack(await renderReportXlsx(salesReport, { sheets: [[]], generatedAt: GENERATED_AT, timeZone: 'UTC' }));
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A4').value).toBe('Менеджер');
    expect(sheet.autoFilter).toBe('A4:G4');
    expect(rowValues(sheet, 5)).toEqual(['Усього', 0, null, 0, 0, null, null]);
  });
});
