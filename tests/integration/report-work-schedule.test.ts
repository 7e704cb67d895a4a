import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person, salesManagerNames } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { reportJson, reportXlsx, sheetValues } from '../helpers/report-requests';
import { UID } from '../../src/access/uids';

/**
 * The work schedule as a timesheet. The access fixtures give each sales manager one client visit on
 * 2025-03-07 (08:00–12:00 UTC); this suite adds the manager's office day and a week's vacation in March,
 * and a trip across the end of March (Kyiv time).
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let names: Record<'manager' | 'colleague' | 'otherManager', string>;

const MARCH = 'from=2025-03-01&to=2025-03-31';

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  names = await salesManagerNames(app.strapi, fx);
  const entry = (data: Record<string, unknown>) => app.strapi.documents(UID.scheduleEntry as any).create({ data: { employee: fx.employees.manager.documentId, ...data } } as any);
  await entry({ kind: 'office', start: '2025-03-03T07:00:00.000Z', end: '2025-03-03T15:00:00.000Z' });
  // Monday 10 March 00:00 to Saturday 15 March 00:00 in Kyiv (UTC+2 in winter)
  await entry({ kind: 'vacation', start: '2025-03-09T22:00:00.000Z', end: '2025-03-14T22:00:00.000Z' });
  // 31 March 09:00 to 2 April 18:00 in Kyiv (UTC+3 from 30 March): one day and 15 hours of it in March
  await entry({ kind: 'business-trip', city: 'Львів', purpose: 'Виставка «Офіс-2025»', start: '2025-03-31T06:00:00.000Z', end: '2025-04-02T15:00:00.000Z' });
});

afterAll(async () => {
  await app?.stop();
});

const rows = (res: any, sheet: number) => res.body.data.sheets[sheet].rows.map((row: any) => row.values);

describe('the work schedule and timesheet report', () => {
  it('counts each employee’s days and hours by kind within the period, on Kyiv’s calendar', async () => {
    const res = await reportJson(as.director, 'work-schedule', MARCH);
    expect(res.status).toBe(200);
    const manager = rows(res, 0).find((row: any) => row.employee === names.manager);
    expect(manager).toMatchObject({ daysOffice: 1, daysClientVisit: 1, daysVacation: 5, daysBusinessTrip: 1, daysRemote: 0 });
    const hours = rows(res, 1).filter((row: any) => row.employee === names.manager);
    expect(hours).toEqual(
      expect.arrayContaining([
        { employee: names.manager, kind: 'В офісі', days: 1, hours: 8 },
        { employee: names.manager, kind: 'Візити до клієнтів', days: 1, hours: 4 },
        { employee: names.manager, kind: 'Відпустка', days: 5, hours: 120 },
        { employee: names.manager, kind: 'Відрядження', days: 1, hours: 15 },
      ]),
    );
    const trip = rows(res, 2).find((row: any) => row.kind === 'Відрядження');
    expect(trip).toMatchObject({ employee: names.manager, place: 'Львів' });
    expect(rows(res, 2).find((row: any) => row.kind === 'Візити до клієнтів' && row.employee === names.manager).place).toMatch(/ACCFIX Own/);
  });

  it('shows a Sales manager their department, and nobody of another', async () => {
    const res = await reportJson(as.manager, 'work-schedule', MARCH);
    const employees = rows(res, 0).map((row: any) => row.employee);
    expect(employees).toEqual(expect.arrayContaining([names.manager, names.colleague]));
    expect(employees).not.toContain(names.otherManager);
    const narrowed = await reportJson(as.director, 'work-schedule', `${MARCH}&employee=${fx.employees.otherManager.documentId}`);
    expect(rows(narrowed, 0).map((row: any) => row.employee)).toEqual([names.otherManager]);
  });

  it('writes the timesheet workbook with its totals', async () => {
    const { status, workbook } = await reportXlsx(as.director, 'work-schedule', MARCH);
    expect(status).toBe(200);
    expect(workbook!.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Табель', 'Години за видами', 'Записи графіка']));
    const sheet = sheetValues(workbook!, 'Табель');
    const header = sheet.findIndex((row) => row?.[0] === 'Співробітник');
    expect(sheet[header].slice(1, 4)).toEqual(['В офісі', 'Візити до клієнтів', 'Відрядження']);
    expect(sheet.find((row) => row?.[0] === 'Усього')?.[5]).toBe(5);
  });
});
