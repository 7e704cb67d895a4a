import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { reportJson, reportXlsx, sheetValues } from '../helpers/report-requests';
import { UID } from '../../src/access/uids';

/**
 * The payments report: a period's payments the caller may see, paged and streamed like the chronicle. The
 * access fixtures hold one incoming payment of 3,600.00 per scope on 2025-03-05, each on its invoice; this
 * suite adds an outgoing one and an unmatched advance to the own client.
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;

const MARCH = 'from=2025-03-01&to=2025-03-31';

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const own = fx.records.own.counterparty.documentId;
  const create = (data: Record<string, unknown>) => app.strapi.documents(UID.payment as any).create({ data } as any);
  await create({ date: '2025-03-20', amount: '125.50', direction: 'outgoing', payeeName: 'ТОВ «Одержувач»', purpose: 'Повернення переплати', counterparty: own, bankDocNumber: '77', dedupeKey: 'pay-report-1' });
  await create({ date: '2025-03-21', amount: '0.10', direction: 'incoming', payerName: 'ФОП Платник', purpose: 'Аванс', counterparty: own, dedupeKey: 'pay-report-2' });
});

afterAll(async () => {
  await app?.stop();
});

const rowsOf = (res: any) => res.body.data.sheets[0].rows.map((row: any) => row.values);

describe('the payments report', () => {
  it('lists the incoming payments of the period, oldest first, with what each was matched to', async () => {
    const res = await reportJson(as.director, 'payments', MARCH);
    expect(res.status).toBe(200);
    const rows = rowsOf(res);
    expect(rows.map((row: any) => row.amount)).toEqual(['3600.00', '3600.00', '3600.00', '0.10']);
    expect(rows[0]).toMatchObject({ date: '2025-03-05', direction: 'Надходження', invoice: expect.stringMatching(/ACCFIX Own .* Р-\d+/) });
    expect(rows[3]).toMatchObject({ otherSide: 'ФОП Платник', matchStatus: 'Не зіставлено', invoice: null });
    expect(res.body.data.sheets[0].total.amount.value).toBe('10800.10');
  });

  it('both directions at once: what went out counts against what came in', async () => {
    const res = await reportJson(as.director, 'payments', `${MARCH}&direction=all&counterparty=${fx.records.own.counterparty.documentId}`);
    const rows = rowsOf(res);
    expect(rows.map((row: any) => [row.direction, row.otherSide])).toEqual([
      ['Надходження', null],
      ['Списання', 'ТОВ «Одержувач»'],
      ['Надходження', 'ФОП Платник'],
    ]);
    expect(res.body.data.sheets[0].total.amount.value).toBe('3474.60');
  });

  it('holds only the caller’s own and department’s payments, and none for the Secretary', async () => {
    const manager = rowsOf(await reportJson(as.manager, 'payments', MARCH));
    expect(manager).toHaveLength(3);
    expect(JSON.stringify(manager)).not.toMatch(/ACCFIX Other/);
    const other = rowsOf(await reportJson(as.otherManager, 'payments', MARCH));
    expect(other).toHaveLength(1);
    expect((await reportJson(as.secretary, 'payments', MARCH)).status).toBe(403);
  });

  it('streams the workbook with every row and the total', async () => {
    const { status, workbook } = await reportXlsx(as.accountant, 'payments', MARCH);
    expect(status).toBe(200);
    const rows = sheetValues(workbook!, 'Платежі');
    const header = rows.findIndex((row) => row?.[0] === 'Дата');
    expect(rows.slice(header + 1).filter((row) => row?.[0] instanceof Date)).toHaveLength(4);
    expect(rows.find((row) => row?.[0] === 'Усього')?.[8]).toBe(10800.1);
  });
});
