import { Workbook } from 'exceljs';
import type { AdminSession } from './admin';
import type { TestApp } from './strapi';

/** A binary answer (an .xlsx) read whole. */
export function downloadOf(request: any): Promise<any> {
  return request.buffer(true).parse((res: any, done: any) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** GET /crm/reports/:key as the screen asks for it. */
export function reportJson(session: AdminSession, key: string, query: string) {
  return session.get(`/crm/reports/${key}?${query}`);
}

/** The report's workbook, loaded back with exceljs; `status` tells a refusal. */
export async function reportXlsx(session: AdminSession, key: string, query: string): Promise<{ status: number; workbook: Workbook | null; body: any; headers: any }> {
  const res = await downloadOf(session.get(`/crm/reports/${key}?format=xlsx&${query}`));
  if (res.status !== 200) return { status: res.status, workbook: null, body: res.body, headers: res.headers };
  const workbook = new Workbook();
  await workbook.xlsx.load(res.body);
  return { status: res.status, workbook, body: res.body, headers: res.headers };
}

export function uploadTemplate(app: TestApp, session: AdminSession, key: string, content: Buffer, fileName = 'шаблон.xlsx') {
  return app.http.post(`/crm/reports/${key}/template`).set('Authorization', `Bearer ${session.token}`).attach('file', content, fileName);
}

/** Every cell's value of a sheet, row by row (formulas as their cached results), trailing blanks left out. */
export function sheetValues(workbook: Workbook, sheetName: string): unknown[][] {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet «${sheetName}» among ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value: any = cell.value;
      values[column - 1] = value && typeof value === 'object' && 'result' in value ? value.result : value;
    });
    rows[number - 1] = values;
  });
  return rows;
}
