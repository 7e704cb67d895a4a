import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures } from '../helpers/access-fixtures';
import { startSmtpStub, SmtpStub, subjectOf } from '../helpers/smtp-stub';
import { UID } from '../../src/access/uids';

/**
 * With SMTP configured, a notification reaches its recipient by mail too (Strapi's email plugin with the
 * nodemailer provider), delivered here to a local SMTP server.
 */

let app: TestApp;
let fx: AccessFixtures;
let smtp: SmtpStub;

beforeAll(async () => {
  smtp = await startSmtpStub();
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'Vitrylo <crm@firma.test>' });
  try {
    app = await startStrapi();
  } finally {
    for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM']) delete process.env[name];
  }
  fx = await createAccessFixtures(app.strapi);
  await app.strapi.documents(UID.counterparty as any).create({
    data: { name: 'ТОВ «Поштовий клієнт»', kind: 'client', phone: '+380671119988', manager: fx.employees.manager.documentId, department: fx.departments.sales1.documentId } as any,
  });
});
afterAll(async () => {
  await app?.stop();
  await smtp?.close();
});

async function waitFor<T>(read: () => T | undefined, ms = 10000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('no mail arrived');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('a request routed to a manager mails him its notification', async () => {
  const res = await app.http.post('/api/inbound-requests/web').send({ consent: true, name: 'Іван', phone: '067 111 99 88', subject: 'Потрібна ціна на насоси', message: 'Передзвоніть, будь ласка' });
  expect(res.status).toBe(201);
  const { email: managerEmail } = await app.strapi.db.query(UID.employee as any).findOne({ where: { documentId: fx.employees.manager.documentId }, select: ['email'] });
  const ours = () => smtp.received.filter((m) => m.to.includes(managerEmail) && subjectOf(m).includes('Потрібна ціна на насоси'));
  const mail = await waitFor(() => ours()[0]);
  expect(mail.from).toContain('crm@firma.test');
  const stored = await app.strapi.db.query(UID.notification as any).findOne({ where: { recipient: { documentId: fx.employees.manager.documentId }, title: subjectOf(mail) } });
  expect(stored).toBeTruthy();
  expect(ours()).toHaveLength(1);
});
