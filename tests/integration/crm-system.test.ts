import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { AdminSession } from '../helpers/admin';
import { markOverdueInvoices, runCronTask } from '../../src/cron';

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
});
afterAll(async () => { await app?.stop(); });

test('GET /crm/system: the Director sees versions and the database; roles without CRM → System get 403', async () => {
  const res = await as.director.get('/crm/system');
  expect(res.status).toBe(200);
  expect(res.body.data).toMatchObject({ vitrylo: expect.any(String), node: process.version, database: { client: expect.stringMatching(/sqlite|postgres/) } });
  expect(res.body.data.database.version).toMatch(/SQLite|PostgreSQL/);
  for (const person of ['manager', 'secretary', 'accountant', 'marketer'] as Person[]) expect([person, (await as[person].get('/crm/system')).status]).toEqual([person, 403]);
  expect((await as.director.get('/crm/system?debug=1')).status).toBe(400);
});

test('the scheduled tasks are listed with their last run, recorded by the cron kit', async () => {
  const before = (await as.director.get('/crm/system')).body.data.tasks.find((t: any) => t.name === markOverdueInvoices.name);
  expect(before).toMatchObject({ rule: markOverdueInvoices.rule, lastRun: null });
  await runCronTask(app.strapi, markOverdueInvoices);
  const after = (await as.director.get('/crm/system')).body.data.tasks.find((t: any) => t.name === markOverdueInvoices.name);
  expect(after.lastRun).toMatchObject({ outcome: 'ok', error: null, startedAt: expect.stringMatching(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/) });
});
