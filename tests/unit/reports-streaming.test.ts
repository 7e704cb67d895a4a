import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { PassThrough } from 'stream';
import v8 from 'v8';
import vm from 'vm';
import { defineReport, renderReportXlsx, ReportRow, streamReportWorkbook } from '../../src/domain/reports';
import { sheetBacklog } from '../../src/domain/reports/streaming';
import { SALES_ROWS, salesReport } from '../helpers/report-fixtures';

const GENERATED_AT = new Date('2026-11-30T12:05:00Z');

const paymentsReport = defineReport({
  key: 'payments',
  title: { uk: 'Оплати', en: 'Payments' },
  section: 'receivables',
  parameters: [],
  sheets: [
    {
      name: { uk: 'Оплати', en: 'Payments' },
      columns: [
        { field: 'date', caption: { uk: 'Дата', en: 'Date' }, type: 'date' },
        { field: 'number', caption: { uk: 'Номер', en: 'Number' }, type: 'text', total: 'count' },
        { field: 'payer', caption: { uk: 'Платник', en: 'Payer' }, type: 'text' },
        { field: 'amount', caption: { uk: 'Сума, грн', en: 'Amount, UAH' }, type: 'money', total: 'sum' },
      ],
    },
  ],
});

const PAYERS = ['ТОВ «Альфа»', 'ФОП Іваненко Петро Миколайович', 'ПП «Дельта-Сервіс»', 'ТОВ «Гамма Трейд»'];

/** A full garbage collection, to tell memory kept from garbage not yet collected (jest runs without --expose-gc). */
function collectGarbage(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** What stays after a full collection: the JS heap and the buffers outside it (where exceljs keeps XML). */
function retainedBytes(gc: () => void): number {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** Page after page, as a database cursor would give them; the rows of a page are made when it is asked for. */
async function* paymentPages(total: number, pageSize: number, onPage: (start: number) => void = () => undefined): AsyncGenerator<ReportRow[]> {
  for (let start = 0; start < total; start += pageSize) {
    onPage(start);
    const page: ReportRow[] = [];
    for (let i = start; i < Math.min(total, start + pageSize); i += 1) {
      page.push({ date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, number: `П-${i + 1}`, payer: PAYERS[i % 4], amount: amountOf(i) });
    }
    yield page;
  }
}

/** 0.01 to 99 999.99, with kopecks that floats would not sum exactly. */
const amountOf = (i: number) => `${(i * 7919) % 100000}.${String((i * 31) % 100).padStart(2, '0')}`;

async function* pagesOf(rows: ReportRow[], size: number): AsyncGenerator<ReportRow[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

async function streamToBuffer(run: (output: PassThrough) => Promise<unknown>): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await run(output);
  return Buffer.concat(chunks);
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as never);
  return workbook;
}

/** Every cell's value and number format, for comparing two layouts. */
function cellsOf(sheet: ExcelJS.Worksheet): unknown[] {
  const cells: unknown[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell) => cells.push([rowNumber, cell.address, cell.value, cell.numFmt ?? null, Boolean(cell.font?.bold)]));
  });
  return cells;
}

describe('streaming report workbook', () => {
  it('lays a single-sheet report out as the in-memory renderer does, when rows arrive sorted', async () => {
    const input = { company: 'ТОВ «Вітрило»', parameters: [{ caption: 'Період', text: 'листопад 2026' }], generatedAt: GENERATED_AT, timeZone: 'Europe/Kyiv' };
    const inMemory = await load(await renderReportXlsx(salesReport, { ...input, sheets: [SALES_ROWS] }));
    // The query's ORDER BY: manager (blank last), then date; the pages split a group.
    const sorted = [SALES_ROWS[1], SALES_ROWS[3], SALES_ROWS[2], SALES_ROWS[0], SALES_ROWS[4]];
    let summary: Awaited<ReturnType<typeof streamReportWorkbook>> | undefined;
    const streamed = await load(await streamToBuffer(async (output) => {
      summary = await streamReportWorkbook(salesReport, { ...input, rowPages: pagesOf(sorted, 5), output });
    }));

    expect(streamed.worksheets.map((s) => s.name)).toEqual(['Продажі', 'Дані для діаграми']);
    const [sheet, chart] = streamed.worksheets;
    expect(cellsOf(sheet)).toEqual(cellsOf(inMemory.worksheets[0]));
    expect(cellsOf(chart)).toEqual(cellsOf(inMemory.worksheets[1]));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(sheet.autoFilter).toBe(inMemory.worksheets[0].autoFilter);
    expect(sheet.columns.map((c) => c.width)).toEqual(inMemory.worksheets[0].columns.map((c) => c.width));
    expect(summary).toMatchObject({ rowCount: 5, total: { amount: { value: '1001244.81' }, invoices: { value: 7 } } });
  });

  it('rows of one group that arrive apart make two groups (the query must sort)', async () => {
    const buffer = await streamToBuffer((output) =>
      streamReportWorkbook(salesReport, { rowPages: pagesOf(SALES_ROWS, 2), generatedAt: GENERATED_AT, timeZone: 'UTC', output }),
    );
    const sheet = (await load(buffer)).worksheets[0];
    const labels: unknown[] = [];
    sheet.eachRow((row) => labels.push(row.getCell(1).value));
    expect(labels.filter((label) => typeof label === 'string' && label.startsWith('Разом'))).toEqual([
      'Разом: Петренко',
      'Разом: Коваль',
      'Разом: Петренко',
      'Разом: Коваль',
      'Разом: (не вказано)',
    ]);
  });

  it('sees the sheet XML that exceljs buffers when the output is slow (a probe into exceljs 4.4 internals)', async () => {
    const output = new PassThrough(); // not read yet: the zip stalls and the sheet's XML piles up
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    const worksheet = workbook.addWorksheet('Аркуш');
    for (let i = 1; i <= 20_000; i += 1) {
      const row = worksheet.getRow(i);
      row.getCell(1).value = `Рядок ${i} з довшим текстом, щоб XML було багато`;
      row.commit();
    }
    // how much stays in the sheet's own stream and how much reached the zip depends on the machine's
    // pace; that the probe finds the internals and counts some of it does not
    expect((worksheet as any).stream).toBeDefined();
    expect(sheetBacklog(worksheet)).toBeGreaterThan(0);
    output.resume();
    worksheet.commit();
    await workbook.commit();
    expect(sheetBacklog(worksheet)).toBe(0);
  });

  it('streams 200 000 rows to a file with flat memory; the file has every row and the exact total', async () => {
    const ROWS = 200_000;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vitrylo-report-')), 'payments.xlsx');
    let expectedKopecks = BigInt(0);
    for (let i = 0; i < ROWS; i += 1) expectedKopecks += BigInt(amountOf(i).replace('.', ''));

    const gc = collectGarbage();
    const retainedBefore = retainedBytes(gc);
    const retained: number[] = [];
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 20);
    const output = fs.createWriteStream(file);
    const pages = paymentPages(ROWS, 1000, (start) => {
      if (start % 25_000 === 0) retained.push(retainedBytes(gc) - retainedBefore);
    });
    const summary = await streamReportWorkbook(paymentsReport, { rowPages: pages, generatedAt: GENERATED_AT, timeZone: 'Europe/Kyiv', output });
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const growthMb = (peak - before) / 2 ** 20;
    const retainedMb = retained.map((bytes) => Math.round(bytes / 2 ** 20));

    const expectedTotal = `${expectedKopecks / BigInt(100)}.${String(expectedKopecks % BigInt(100)).padStart(2, '0')}`;
    expect(summary.rowCount).toBe(ROWS);
    expect(summary.total!.amount.value).toBe(expectedTotal);
    // The peak counts garbage not yet collected; what is kept (after a collection) stays flat from the
    // first page to the last (it wavers by the few MB of XML allowed to wait for the zip); without waiting
    // for the zip it grew by some 20 MB per 100 000 rows.
    expect(growthMb).toBeLessThan(150);
    expect(retainedMb).toHaveLength(8);
    expect(Math.max(...retainedMb)).toBeLessThan(25);
    expect(retainedMb[7] - retainedMb[1]).toBeLessThan(15);

    // Read back without loading the whole file: count the data rows (their date is a serial number without
    // styles), take the last row. Texts are not compared: exceljs's streaming reader may split a Cyrillic
    // letter at a chunk boundary (the file itself is right: the in-memory reader reads it whole).
    let dataRows = 0;
    let lastRow: unknown[] = [];
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' });
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = (row.values as unknown[]).slice(1);
        if (typeof values[0] === 'number' && typeof values[3] === 'number') dataRows += 1;
        lastRow = values;
      }
    }
    expect(dataRows).toBe(ROWS);
    expect(typeof lastRow[0]).toBe('string');
    expect(lastRow[1]).toEqual({ formula: `SUBTOTAL(3,B5:B${ROWS + 4})`, result: ROWS });
    expect(lastRow[3]).toEqual({ formula: `SUBTOTAL(9,D5:D${ROWS + 4})`, result: Number(expectedTotal) });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }, 600_000);
});
