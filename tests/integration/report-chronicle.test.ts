import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { reportJson, reportXlsx, sheetValues } from '../helpers/report-requests';
import { UID } from '../../src/access/uids';

/**
 * The contact chronicle report: every interaction of a period the caller may see, oldest first, read page
 * by page and streamed into the workbook. The access fixtures hold one interaction per scope on
 * 2025-03-01 10:00Z; this suite adds a client with 12 more in January 2025 (Kyiv time, month edges included).
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let client: { documentId: string };
let managerName: string;

const JANUARY = 'from=2025-01-01&to=2025-01-31';

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const create = (uid: string, data: Record<string, unknown>) => app.strapi.documents(uid as any).create({ data } as any) as Promise<any>;
  managerName = ((await app.strapi.db.query(UID.employee as any).findOne({ where: { id: fx.employees.manager.id }, select: ['fullName'] })) as any).fullName;
  client = await create(UID.counterparty, { name: 'Хроніка-Клієнт', kind: 'client', manager: fx.employees.manager.documentId, department: fx.departments.sales1.documentId });
  const contact = await create(UID.contactPerson, { fullName: 'Олена Хронікова', counterparty: client.documentId });
  // 2024-12-31 22:00Z is 2025-01-01 00:00 in Kyiv (in); 2025-01-31 22:00Z is 2025-02-01 00:00 in Kyiv (out)
  const moments = ['2024-12-31T22:00:00.000Z', ...Array.from({ length: 10 }, (_, i) => `2025-01-${String(i + 10).padStart(2, '0')}T09:00:00.000Z`), '2025-01-31T21:59:59.000Z', '2025-01-31T22:00:00.000Z'];
  for (const [index, occurredAt] of moments.entries()) {
    await create(UID.interaction, {
      subject: `Хроніка ${index + 1}`,
      kind: index % 2 ? 'meeting' : 'call-out',
      direction: 'outbound',
      state: 'done',
      result: index === 0 ? 'Домовились про зустріч' : null,
      occurredAt,
      counterparty: client.documentId,
      contactPerson: index === 0 ? contact.documentId : null,
      employee: fx.employees.manager.documentId,
    });
  }
});

afterAll(async () => {
  await app?.stop();
});

describe('the contact chronicle report', () => {
  it('lists the period’s interactions oldest first, with names and enum values in words, Kyiv days at the edges', async () => {
    const res = await reportJson(as.director, 'contact-chronicle', JANUARY);
    expect(res.status).toBe(200);
    const sheet = res.body.data.sheets[0];
    expect(sheet.rows.map((row: any) => row.values.subject)).toEqual(Array.from({ length: 12 }, (_, i) => `Хроніка ${i + 1}`));
    expect(sheet.rows[0].values).toMatchObject({ client: 'Хроніка-Клієнт', contact: 'Олена Хронікова', employee: managerName, kind: 'Вихідний дзвінок', direction: 'Вихідний (від нас)', state: 'Виконано', result: 'Домовились про зустріч' });
    expect(sheet.rows[0].text.occurredAt).toBe('01.01.2025 00:00');
    expect(sheet.rows[1].values.kind).toBe('Зустріч');
    expect(sheet.total.state.value).toBe(12);
    expect(res.body.data.truncated).toBe(false);
  });

  it('narrows to one client or one employee', async () => {
    const one = await reportJson(as.director, 'contact-chronicle', `from=2025-01-01&to=2025-03-31&counterparty=${client.documentId}`);
    expect(one.body.data.sheets[0].rows).toHaveLength(13);
    const other = await reportJson(as.director, 'contact-chronicle', `from=2025-01-01&to=2025-03-31&employee=${fx.employees.otherManager.documentId}`);
    // the other manager's call and the chronicle entry of the request routed to them
    const subjects = other.body.data.sheets[0].rows.map((row: any) => row.values.subject);
    expect(subjects).toEqual(expect.arrayContaining([expect.stringMatching(/Other.*дзвінок/)]));
    expect(subjects.every((subject: string) => /Other/.test(subject))).toBe(true);
  });

  it('holds only what the caller may see: a Sales manager their own and their department’s clients', async () => {
    const march = 'from=2025-03-01&to=2025-03-01';
    const director = await reportJson(as.director, 'contact-chronicle', march);
    expect(director.body.data.sheets[0].rows).toHaveLength(3);
    const manager = await reportJson(as.manager, 'contact-chronicle', march);
    const subjects = manager.body.data.sheets[0].rows.map((row: any) => row.values.subject);
    expect(subjects).toHaveLength(2);
    expect(subjects.join()).not.toMatch(/Other/);
    const other = await reportJson(as.otherManager, 'contact-chronicle', `${JANUARY}`);
    expect(other.body.data.sheets[0].rows).toEqual([]);
    // a client the caller may not see cannot be named as the report's client
    const aimed = await reportJson(as.otherManager, 'contact-chronicle', `${JANUARY}&counterparty=${client.documentId}`);
    expect(aimed.status).toBe(400);
    expect(aimed.body.error.details.errors[0].path).toEqual(['counterparty']);
    expect(JSON.stringify(aimed.body)).not.toMatch(/Хроніка-Клієнт/);
  });

  it('names no client the caller may not see, even on their own interaction with it', async () => {
    const other = fx.records.other;
    await app.strapi.documents(UID.interaction as any).create({
      data: { subject: 'Мій дзвінок чужому клієнту', kind: 'call-out', state: 'done', occurredAt: '2025-02-10T09:00:00.000Z', counterparty: other.counterparty.documentId, contactPerson: other.contactPerson.documentId, employee: fx.employees.manager.documentId } as any,
    });
    const res = await reportJson(as.manager, 'contact-chronicle', 'from=2025-02-01&to=2025-02-28');
    expect(res.status).toBe(200);
    const row = res.body.data.sheets[0].rows.find((r: any) => r.values.subject === 'Мій дзвінок чужому клієнту');
    expect(row.values).toMatchObject({ client: '(немає доступу)', contact: '(немає доступу)', employee: managerName });
    expect(JSON.stringify(res.body)).not.toMatch(/ACCFIX Other/);
    const director = await reportJson(as.director, 'contact-chronicle', 'from=2025-02-01&to=2025-02-28');
    expect(director.body.data.sheets[0].rows.find((r: any) => r.values.subject === 'Мій дзвінок чужому клієнту').values.client).toMatch(/ACCFIX Other/);
  });

  it('streams the workbook: every row, the header, the count at the end', async () => {
    const { status, workbook } = await reportXlsx(as.manager, 'contact-chronicle', JANUARY);
    expect(status).toBe(200);
    const rows = sheetValues(workbook!, 'Хроніка');
    const header = rows.findIndex((row) => row?.[0] === 'Дата і час');
    expect(rows[header].slice(0, 5)).toEqual(['Дата і час', 'Контрагент', 'Контактна особа', 'Співробітник', 'Вид контакту']);
    const data = rows.slice(header + 1).filter((row) => row && row[8] && String(row[8]).startsWith('Хроніка'));
    expect(data).toHaveLength(12);
    expect(rows.find((row) => row?.[0] === 'Усього')?.[10]).toBe(12);
    expect(rows.flat().join()).not.toMatch(/Dept|Other/);
  });

  it('is not run by whoever may not read the chronicle', async () => {
    const res = await reportJson(as.accountant, 'contact-chronicle', JANUARY);
    expect([403]).toContain(res.status);
  });
});
