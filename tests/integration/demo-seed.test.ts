import { startStrapi, TestApp } from '../helpers/strapi';
import { loginAdmin } from '../helpers/admin';
import { isValidEdrpou, isValidRnokpp, isValidIban } from '../../src/domain/identifiers';
import { fromDist } from '../helpers/dist';

const DEMO_PASSWORD = 'Demo-Passw0rd';
const options = { scale: 1, adminEmail: 'boss@vitrylo.test', adminPassword: 'Boss-Passw0rd', demoPassword: DEMO_PASSWORD };

let app: TestApp;
let firstRun: any;
const count = (uid: string, where: object = {}) => app.strapi.db.query(uid as any).count({ where });

beforeAll(async () => {
  app = await startStrapi();
  const { setupDemo } = fromDist('src/seed');
  firstRun = await setupDemo(app.strapi, options);
});
afterAll(async () => { await app?.stop(); });

test('the demo holds a realistic company', async () => {
  expect(await count('api::department.department')).toBeGreaterThanOrEqual(5);
  expect(await count('api::employee.employee')).toBeGreaterThanOrEqual(12);
  expect(await count('api::counterparty.counterparty')).toBeGreaterThanOrEqual(200);
  for (const kind of ['client', 'prospect', 'partner', 'competitor', 'supplier']) {
    expect(await count('api::counterparty.counterparty', { kind })).toBeGreaterThan(0);
  }
  expect(await count('api::contact-person.contact-person')).toBeGreaterThanOrEqual(200);
  expect(await count('api::interaction.interaction')).toBeGreaterThanOrEqual(2000);
  expect(await count('api::interaction.interaction', { nextContactAt: { $notNull: true } })).toBeGreaterThan(100);
  expect(await count('api::inbound-request.inbound-request')).toBeGreaterThanOrEqual(100);
  expect(await count('api::product.product')).toBeGreaterThanOrEqual(50);
  expect(await count('api::contract.contract')).toBeGreaterThan(0);
  expect(await count('api::invoice.invoice')).toBeGreaterThanOrEqual(150);
  expect(await count('api::payment.payment', { matchStatus: 'unmatched' })).toBeGreaterThan(0);
  expect(await count('api::invoice.invoice', { state: 'partially-paid' })).toBeGreaterThan(0);
  for (const uid of ['schedule-entry', 'marketing-event', 'refusal', 'complaint', 'segment', 'lead-source', 'industry', 'region']) {
    expect(await count(`api::${uid}.${uid}`)).toBeGreaterThan(0);
  }
});

test('its chronicle is one of a CRM in use: a manager has a few overdue planned contacts, none from weeks ago', async () => {
  const INTERACTION = 'api::interaction.interaction';
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
  expect(await count(INTERACTION, { state: 'planned', occurredAt: { $lt: weekAgo } })).toBe(0);
  const managers: any[] = await app.strapi.db.query('api::employee.employee' as any).findMany({ where: { adminUser: { email: { $in: ['manager@vitrylo.demo', 'manager2@vitrylo.demo'] } } } });
  expect(managers).toHaveLength(2);
  for (const manager of managers) {
    const planned = await count(INTERACTION, { state: 'planned', employee: { id: manager.id } });
    const overdue = await count(INTERACTION, { state: 'planned', employee: { id: manager.id }, occurredAt: { $lt: new Date().toISOString() } });
    expect(planned).toBeGreaterThan(3);
    expect(overdue).toBeLessThanOrEqual(12);
  }
  // a planned contact that was made is the same record, closed: not a done one beside a planned one left behind
  const followUps: any[] = await app.strapi.db.query(INTERACTION as any).findMany({ where: { followUpOf: { id: { $notNull: true } } }, select: ['state', 'occurredAt'] });
  expect(followUps.filter((row) => row.state === 'done').length).toBeGreaterThan(100);
});

test('every ЄДРПОУ, РНОКПП and IBAN in the demo is valid', async () => {
  const counterparties: any[] = await app.strapi.documents('api::counterparty.counterparty' as any).findMany({ limit: 1000, populate: ['bankAccounts'] });
  for (const counterparty of counterparties) {
    if (counterparty.edrpou) expect(isValidEdrpou(counterparty.edrpou)).toBe(true);
    if (counterparty.rnokpp) expect(isValidRnokpp(counterparty.rnokpp)).toBe(true);
    for (const account of counterparty.bankAccounts) expect(isValidIban(account.iban)).toBe(true);
  }
  expect(counterparties.filter((c) => c.edrpou || c.rnokpp).length).toBeGreaterThan(180);
});

test('a second run adds nothing', async () => {
  const uids = ['api::counterparty.counterparty', 'api::interaction.interaction', 'api::invoice.invoice', 'api::employee.employee', 'admin::user'];
  const before = await Promise.all(uids.map((uid) => count(uid)));
  const { setupDemo } = fromDist('src/seed');
  const second = await setupDemo(app.strapi, options);
  expect(second.created).toEqual({});
  expect(await Promise.all(uids.map((uid) => count(uid)))).toEqual(before);
});

test('seeding is recorded as one audited job, not one entry per row', async () => {
  const entries = await app.strapi.db.query('api::audit-entry.audit-entry' as any).findMany({});
  expect(entries.filter((entry: any) => entry.action === 'bulk-job' && entry.jobName === 'demo-seed').length).toBeGreaterThanOrEqual(1);
  expect(entries.filter((entry: any) => entry.action !== 'bulk-job')).toHaveLength(0);
});

test('the super admin and every role login work, each linked to an employee', async () => {
  expect(firstRun.logins.map((login: any) => login.email)).toEqual([
    'boss@vitrylo.test', 'director@vitrylo.demo', 'manager@vitrylo.demo', 'manager2@vitrylo.demo',
    'secretary@vitrylo.demo', 'marketer@vitrylo.demo', 'accountant@vitrylo.demo',
  ]);
  for (const login of firstRun.logins) {
    const session = await loginAdmin(app, login.email, login.password);
    const employee = await app.strapi.db.query('api::employee.employee' as any).findOne({ where: { adminUser: { id: session.userId } } });
    expect(employee).not.toBeNull();
  }
});

test('each demo sales manager sees some counterparties, only their own', async () => {
  const all = await count('api::counterparty.counterparty');
  for (const email of ['manager@vitrylo.demo', 'manager2@vitrylo.demo']) {
    const session = await loginAdmin(app, email, DEMO_PASSWORD);
    const employee = await app.strapi.db.query('api::employee.employee' as any).findOne({ where: { adminUser: { id: session.userId } } });
    const own = await count('api::counterparty.counterparty', { manager: { id: employee.id } });
    expect(own).toBeGreaterThan(0);
    const res = await session.get('/content-manager/collection-types/api::counterparty.counterparty?page=1&pageSize=100');
    expect(res.status).toBe(200);
    expect(res.body.pagination.total).toBeLessThan(all);
    expect(res.body.pagination.total).toBeGreaterThanOrEqual(own);
  }
});
