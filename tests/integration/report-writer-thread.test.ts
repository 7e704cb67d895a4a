import ExcelJS from 'exceljs';
import path from 'path';
import { PassThrough } from 'stream';
import { ReportRow, streamReportWorkbook } from '../../src/domain/reports';
import { SALES_ROWS, salesReport } from '../helpers/report-fixtures';

/**
 * The streamed reports' workbook written in a worker thread (src/reports/threaded-workbook.ts). The thread
 * runs the compiled file next to it, so this suite uses the build in dist/ as the server does (the
 * integration tests' global setup compiles it). No Strapi needed: pages and output are given directly.
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { streamWorkbookInThread } = require(path.join(__dirname, '../../dist/src/reports/threaded-workbook'));

const INPUT = { company: 'ТОВ «Вітрило»', parameters: [{ caption: 'Період', text: 'листопад 2026' }], generatedAt: new Date('2026-11-30T12:05:00Z'), timeZone: 'Europe/Kyiv' };
/** The query's ORDER BY: manager (blank last), then date. */
const SORTED = [SALES_ROWS[1], SALES_ROWS[3], SALES_ROWS[2], SALES_ROWS[0], SALES_ROWS[4]];

async function* pagesOf(rows: ReportRow[], size: number, failAfter = Infinity): AsyncGenerator<ReportRow[]> {
  for (let i = 0; i < rows.length; i += size) {
    if (i >= failAfter) throw new Error('the database went away');
    yield rows.slice(i, i + size);
  }
}

function collected(output: PassThrough): Promise<Buffer> {
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    output.on('end', () => resolve(Buffer.concat(chunks)));
    output.on('error', reject);
  });
}

async function cellsOf(buffer: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as never);
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[] = [sheet.name];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      row.eachCell((cell) => cells.push([rowNumber, cell.address, cell.value, cell.numFmt ?? null, Boolean(cell.font?.bold)]));
    });
    return cells;
  });
}

describe('the streamed workbook laid out in a worker thread', () => {
  it('gives the same file and totals as the writer in this thread, many pages deep', async () => {
    const rows = Array.from({ length: 60 }, () => SORTED).flat();
    const here = new PassThrough();
    const hereBytes = collected(here);
    const hereSummary = await streamReportWorkbook(salesReport, { ...INPUT, rowPages: pagesOf(rows, 7), output: here });

    const threaded = new PassThrough();
    const threadedBytes = collected(threaded);
    const summary = await streamWorkbookInThread(salesReport, { ...INPUT, rowPages: pagesOf(rows, 7), output: threaded });

    expect(summary).toEqual(hereSummary);
    expect(summary).toMatchObject({ rowCount: 300 });
    expect(await cellsOf(await threadedBytes)).toEqual(await cellsOf(await hereBytes));
  });

  it('fails, with the reason, when a page cannot be read: the output is not ended as if the file were whole', async () => {
    const output = new PassThrough();
    let ended = false;
    output.on('end', () => (ended = true));
    output.resume();
    await expect(streamWorkbookInThread(salesReport, { ...INPUT, rowPages: pagesOf(SORTED, 2, 2), output })).rejects.toThrow('the database went away');
    expect(ended).toBe(false);
  });

  it('names the row and field a column cannot hold, as the writer in this thread does', async () => {
    const bad = [...SORTED.slice(0, 3), { ...SORTED[3], amount: 'дванадцять' }, SORTED[4]];
    const output = new PassThrough();
    output.resume();
    const failure = await streamWorkbookInThread(salesReport, { ...INPUT, rowPages: pagesOf(bad, 2), output }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'DomainValidationError', details: [expect.objectContaining({ field: 'sheets[0].rows[3].amount' })] });
  });

  it('stops when the download is closed half-way', async () => {
    const rows = Array.from({ length: 4000 }, () => SORTED).flat();
    const output = new PassThrough();
    let bytes = 0;
    output.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > 64 * 1024) output.destroy();
    });
    await expect(streamWorkbookInThread(salesReport, { ...INPUT, rowPages: pagesOf(rows, 500), output })).rejects.toThrow(/closed before the workbook was complete/);
  });
});
