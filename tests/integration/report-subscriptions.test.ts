import { Workbook } from 'exceljs';
import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person, salesManagerNames } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { ReceivedMail, startSmtpStub, SmtpStub, subjectOf } from '../helpers/smtp-stub';
import { UID } from '../../src/access/uids';
import { fromDist } from '../helpers/dist';
import type * as Cron from '../../src/cron';

/**
 * Report subscriptions (issue 12, item 6): saved with their checks, mailed by the `report-subscriptions`
 * task as .xlsx to a local SMTP server, formed with the owner's rights, once per scheduled moment.
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let smtp: SmtpStub;
/** The compiled cron module, the instance the running Strapi's audit trail sees (helpers/dist.ts). */
let cron: typeof Cron;
let names: Record<'manager' | 'colleague' | 'otherManager', string>;
const SUBSCRIPTION = UID.reportSubscription;
const CM = `/content-manager/collection-types/${SUBSCRIPTION}`;

beforeAll(async () => {
  smtp = await startSmtpStub();
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'Vitrylo <crm@firma.test>' });
  try {
    app = await startStrapi();
  } finally {
    for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM']) delete process.env[name];
  }
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  cron = fromDist<typeof Cron>('src/cron');
  names = await salesManagerNames(app.strapi, fx);
});
afterAll(async () => {
  await app?.stop();
  await smtp?.close();
});

/** The .xlsx attached to a received message (nodemailer: multipart/mixed, base64 parts). */
async function attachmentOf(mail: ReceivedMail): Promise<{ filename: string; workbook: Workbook; contentType: string }> {
  const boundary = /boundary="?([^";\n]+)"?/i.exec(mail.data)?.[1];
  if (!boundary) throw new Error('not a multipart message');
  const part = mail.data.split(`--${boundary}`).find((p) => /Content-Disposition:\s*attachment/i.test(p));
  if (!part) throw new Error('no attachment');
  const [head, ...body] = part.split('\n\n');
  const unfolded = head.replace(/\n[ \t]+/g, ' ');
  // filename="…", or RFC 2231 pieces for a Cyrillic name: filename*0*=utf-8''%D0%9E…; filename*1*=…
  const pieces = [...unfolded.matchAll(/filename(?:\*\d+)?\*?=\s*"?([^";]+)"?/gi)].map((m) => m[1].replace(/^utf-8''/i, ''));
  const filename = pieces.join('');
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(body.join('\n\n').replace(/\s+/g, ''), 'base64') as any);
  return { filename: decodeURIComponent(filename), workbook, contentType: /Content-Type:\s*([^;\n]+)/i.exec(unfolded)?.[1] ?? '' };
}

const cellsOf = (workbook: Workbook, sheetName: string) => {
  const texts: string[] = [];
  workbook.getWorksheet(sheetName)!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
  return texts;
};

const stored = (documentId: string) => app.strapi.db.query(SUBSCRIPTION as any).findOne({ where: { documentId }, populate: { owner: { select: ['documentId'] } } }) as Promise<any>;
const paths = (res: any) => (res.body?.error?.details?.errors ?? []).map((e: any) => e.path.join('.'));
const inADay = () => new Date(Date.now() + 24 * 3600 * 1000 + 60 * 1000);

describe('a Sales manager’s subscription', () => {
  let documentId: string;
  let now: Date;

  test('is saved with its owner defaulting to the manager', async () => {
    const res = await as.manager.post(CM, {
      name: 'Мої контрагенти щодня',
      reportKey: 'counterparty-structure',
      parameters: {},
      schedule: '0 8 * * *',
      recipients: 'Boss@Firma.test,\nsales@firma.test',
      active: true,
    });
    expect(res.status).toBe(201);
    documentId = res.body.data.documentId;
    const record = await stored(documentId);
    expect(record.owner.documentId).toBe(fx.employees.manager.documentId);
    expect(record.lastRunAt).toBeNull();
  });

  test('is not due before a scheduled moment passed since it was saved', async () => {
    const before = smtp.received.length;
    await cron.reportSubscriptions.run(app.strapi, { now: new Date() });
    expect(smtp.received.length).toBe(before);
  });

  test('mails the .xlsx once a moment is due, with only what the owner may see', async () => {
    now = inADay();
    const before = smtp.received.length;
    await cron.reportSubscriptions.run(app.strapi, { now });
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.to.sort()).toEqual(['boss@firma.test', 'sales@firma.test']);
    expect(mail.from).toContain('crm@firma.test');
    expect(subjectOf(mail)).toBe('Звіт «Структура бази контрагентів»');
    const { filename, workbook, contentType } = await attachmentOf(mail);
    expect(filename).toBe('Структура бази контрагентів.xlsx');
    expect(contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const cells = cellsOf(workbook, 'За менеджерами');
    // the manager's own clients and their department's (a Sales manager reads both), not the other department's
    expect(cells).toContain(names.manager);
    expect(cells).toContain(names.colleague);
    expect(cells).not.toContain(names.otherManager);
    const record = await stored(documentId);
    expect(new Date(record.lastRunAt).getTime()).toBe(now.getTime());
    expect(record.lastError).toBeNull();
  });

  test('a second run at the same moment sends nothing again', async () => {
    const before = smtp.received.length;
    await cron.reportSubscriptions.run(app.strapi, { now });
    await cron.reportSubscriptions.run(app.strapi, { now: new Date(now.getTime() + 5 * 60 * 1000) });
    expect(smtp.received.length).toBe(before);
  });

  test('is seen by its owner and the Director, not by a department colleague', async () => {
    const mine = await as.manager.get(CM);
    expect(mine.status).toBe(200);
    expect(mine.body.results.map((r: any) => r.documentId)).toContain(documentId);
    const colleague = await as.colleague.get(CM);
    expect(colleague.body.results.map((r: any) => r.documentId)).not.toContain(documentId);
    expect((await as.colleague.put(`${CM}/${documentId}`, { name: 'чужа' })).status).toBe(403);
    const director = await as.director.get(CM);
    expect(director.body.results.map((r: any) => r.documentId)).toContain(documentId);
  });

  test('lastRunAt and lastError are not taken from people', async () => {
    const res = await as.manager.put(`${CM}/${documentId}`, { name: 'Мої контрагенти', lastRunAt: '2020-01-01T00:00:00.000Z', lastError: 'вигадка' });
    expect(res.status).toBe(200);
    const record = await stored(documentId);
    expect(new Date(record.lastRunAt).getTime()).toBe(now.getTime());
    expect(record.lastError).toBeNull();
  });
});

describe('refused at save, naming the field', () => {
  const valid = { name: 'Продажі', reportKey: 'sales-volume', parameters: { period: 'previous-month' }, schedule: '0 8 1 * *', recipients: 'boss@firma.test' };

  test.each([
    ['a cron expression of six fields', { schedule: '0 0 8 * * *' }, 'schedule'],
    ['a broken cron expression', { schedule: '0 25 * * *' }, 'schedule'],
    ['a bad e-mail among the recipients', { recipients: 'boss@firma.test, not-an-address' }, 'recipients.1'],
    ['no recipients', { recipients: ' ' }, 'recipients'],
    ['a report that does not exist', { reportKey: 'no-such-report' }, 'reportKey'],
    ['a period that is neither a word nor dates', { parameters: { period: 'last-decade' } }, 'parameters.period'],
    ['a parameter the report does not have', { parameters: { period: 'previous-month', colour: 'red' } }, 'parameters.colour'],
  ])('%s', async (_, change, field) => {
    const res = await as.manager.post(CM, { ...valid, ...change });
    expect(res.status).toBe(400);
    expect(paths(res)).toContain(field);
  });

  test('a valid one with a period word is saved', async () => {
    const res = await as.manager.post(CM, valid);
    expect(res.status).toBe(201);
  });

  test('a Sales manager may not make someone else its owner; the Director may', async () => {
    const refused = await as.manager.post(CM, { ...valid, owner: fx.employees.director.documentId });
    expect(refused.status).toBe(400);
    expect(paths(refused)).toContain('owner');
    const made = await as.director.post(CM, { ...valid, name: 'Для менеджера', owner: fx.employees.manager.documentId });
    expect(made.status).toBe(201);
    expect((await stored(made.body.data.documentId)).owner.documentId).toBe(fx.employees.manager.documentId);
  });

  test('an owner who may not run the report (the Secretary and sales figures)', async () => {
    const res = await as.secretary.post(CM, valid);
    expect(res.status).toBe(400);
    expect(paths(res)).toContain('owner');
    expect((await as.secretary.post(CM, { ...valid, reportKey: 'counterparty-structure', parameters: {} })).status).toBe(201);
  });
});

describe('the task', () => {
  test('a failing subscription records its error and does not stop the others; the subject names the period', async () => {
    const create = (data: Record<string, unknown>) => app.strapi.documents(SUBSCRIPTION as any).create({ data: { schedule: '0 8 * * *', recipients: 'task@firma.test', owner: fx.employees.manager.documentId, ...data } as any }) as Promise<any>;
    // switch the earlier ones off, so only these two are due
    await app.strapi.db.query(SUBSCRIPTION as any).updateMany({ where: {}, data: { active: false } });
    const broken = await create({ name: 'Зламана', reportKey: 'counterparty-structure', parameters: {} });
    await app.strapi.db.query(SUBSCRIPTION as any).update({ where: { id: broken.id }, data: { reportKey: 'no-such-report' } });
    const sales = await create({ name: 'Продажі за минулий місяць', reportKey: 'sales-volume', parameters: { period: 'previous-month' } });
    const now = inADay();
    const before = smtp.received.length;
    await expect(cron.reportSubscriptions.run(app.strapi, { now })).rejects.toThrow(/Зламана/);
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(1);
    expect(subjectOf(mails[0])).toMatch(/^Звіт «Обсяг і структура продажів» за \S+ \d{4}$/);
    expect((await attachmentOf(mails[0])).workbook.worksheets.length).toBeGreaterThan(0);
    const failed = await stored(broken.documentId);
    expect(failed.lastError).toMatch(/не знайдено/);
    expect(new Date(failed.lastRunAt).getTime()).toBe(now.getTime());
    expect((await stored(sales.documentId)).lastError).toBeNull();
  });

  test('without SMTP it mails nothing, fails nothing and leaves the subscriptions due', async () => {
    const record = await app.strapi.documents(SUBSCRIPTION as any).create({
      data: { name: 'Без пошти', reportKey: 'counterparty-structure', parameters: {}, schedule: '0 8 * * *', recipients: 'x@firma.test', owner: fx.employees.manager.documentId } as any,
    });
    const provider = app.strapi.config.get('plugin::email.provider');
    app.strapi.config.set('plugin::email.provider', 'sendmail');
    const before = smtp.received.length;
    try {
      await cron.reportSubscriptions.run(app.strapi, { now: inADay() });
    } finally {
      app.strapi.config.set('plugin::email.provider', provider);
    }
    expect(smtp.received.length).toBe(before);
    expect((await stored(record.documentId)).lastRunAt).toBeNull();
  });

  test('through the cron kit: one audited run that counts the mails', async () => {
    await app.strapi.db.query(SUBSCRIPTION as any).updateMany({ where: {}, data: { active: false } });
    const record = await app.strapi.documents(SUBSCRIPTION as any).create({
      data: { name: 'Через планувальник', reportKey: 'counterparty-structure', parameters: {}, schedule: '*/5 * * * *', recipients: 'kit@firma.test', owner: fx.employees.manager.documentId } as any,
    });
    const now = new Date(Date.now() + 10 * 60 * 1000);
    const before = smtp.received.length;
    const run = await cron.runCronTask(app.strapi, cron.reportSubscriptions, { now });
    expect(run).toMatchObject({ task: 'report-subscriptions', outcome: 'ok', error: null });
    expect(run.counts).toMatchObject({ mailed: 1, updated: { [SUBSCRIPTION]: 1 } });
    expect(smtp.received.slice(before).map((m) => m.to)).toEqual([['kit@firma.test']]);
    const [entry]: any[] = await app.strapi.db.query(UID.auditEntry as any).findMany({ where: { jobName: 'cron:report-subscriptions' }, orderBy: { id: 'desc' }, limit: 1 });
    expect(entry).toMatchObject({ action: 'bulk-job', actorType: 'system' });
    expect(new Date((await stored(record.documentId)).lastRunAt).getTime()).toBe(now.getTime());
    expect(await cron.runCronTask(app.strapi, cron.reportSubscriptions, { now })).toMatchObject({ outcome: 'ok', counts: { mailed: 0 } });
    expect(smtp.received.length).toBe(before + 1);
  });
});
