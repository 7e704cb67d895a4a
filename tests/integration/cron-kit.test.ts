import { startStrapi, TestApp } from '../helpers/strapi';
import { usesPostgres } from '../helpers/database';
import { fromDist } from '../helpers/dist';
import { createMinimalDocument } from '../helpers/minimal-documents';
import { advisoryLockKey } from '../../src/domain/cron';
import type * as Cron from '../../src/cron';

const AUDIT = 'api::audit-entry.audit-entry';
const INVOICE = 'api::invoice.invoice';
const COUNTERPARTY = 'api::counterparty.counterparty';

let app: TestApp;
let cron: typeof Cron;
beforeAll(async () => {
  app = await startStrapi();
  // The compiled kit, the one Strapi runs (its audit job state is module state).
  cron = fromDist<typeof Cron>('src/cron');
});
afterAll(async () => { await app?.stop(); });

const audit = () => app.strapi.db.query(AUDIT as any);
const invoices = () => app.strapi.documents(INVOICE as any);

async function invoice(number: string, state: string, dueDate: string | null, counterparty: string): Promise<string> {
  const created: any = await invoices().create({ data: { number, date: '2026-11-01', counterparty, state, dueDate, lines: [] } as any });
  return created.documentId;
}

describe('mark-overdue-invoices through the kit', () => {
  // 00:10 on 29 November in Kyiv, still 28 November in UTC: "today" must be read in the business zone.
  const now = new Date('2026-11-28T22:10:00Z');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const counterparty = await createMinimalDocument(app.strapi, COUNTERPARTY);
    ids.dueYesterday = await invoice('OD-1', 'issued', '2026-11-28', counterparty);
    ids.partlyPaidLate = await invoice('OD-2', 'partially-paid', '2026-11-20', counterparty);
    ids.dueToday = await invoice('OD-3', 'issued', '2026-11-29', counterparty);
    ids.draft = await invoice('OD-4', 'draft', '2026-11-01', counterparty);
    ids.paid = await invoice('OD-5', 'paid', '2026-11-01', counterparty);
    ids.noDueDate = await invoice('OD-6', 'issued', null, counterparty);
  });

  test('late invoices become overdue, the others are untouched; one audit entry; the run is recorded', async () => {
    const entriesBefore = await audit().count();
    const record = await cron.runCronTask(app.strapi, cron.markOverdueInvoices, { now });

    expect(record).toMatchObject({ task: 'mark-overdue-invoices', outcome: 'ok', error: null, counts: { updated: { [INVOICE]: 2 } } });
    const state = async (documentId: string) => ((await invoices().findOne({ documentId })) as any).state;
    expect(await state(ids.dueYesterday)).toBe('overdue');
    expect(await state(ids.partlyPaidLate)).toBe('overdue');
    expect(await state(ids.dueToday)).toBe('issued');
    expect(await state(ids.draft)).toBe('draft');
    expect(await state(ids.paid)).toBe('paid');
    expect(await state(ids.noDueDate)).toBe('issued');

    expect(await audit().count()).toBe(entriesBefore + 1);
    const [entry]: any[] = await audit().findMany({ orderBy: { id: 'desc' }, limit: 1 });
    expect(entry).toMatchObject({ action: 'bulk-job', jobName: 'cron:mark-overdue-invoices', actorType: 'system' });
    expect(entry.counts).toMatchObject({ updated: { [INVOICE]: 2 } });

    const [status] = await cron.lastCronRuns(app.strapi);
    expect(status).toMatchObject({ name: 'mark-overdue-invoices', rule: '5 0 * * *', tz: 'Europe/Kyiv', lastSkipped: null });
    expect(status.lastRun).toEqual(record);
    expect(Date.parse(status.lastRun!.finishedAt)).toBeGreaterThanOrEqual(Date.parse(status.lastRun!.startedAt));
  });

  test('a second run changes nothing and leaves no audit entry (idempotent, skipWhenEmpty)', async () => {
    const entriesBefore = await audit().count();
    const record = await cron.runCronTask(app.strapi, cron.markOverdueInvoices, { now });
    expect(record).toMatchObject({ outcome: 'ok', counts: { created: {}, updated: {}, deleted: {} } });
    expect(await audit().count()).toBe(entriesBefore);
  });

  test('the next day the invoice due "today" is overdue too', async () => {
    const record = await cron.runCronTask(app.strapi, cron.markOverdueInvoices, { now: new Date('2026-11-29T22:05:00Z') });
    expect(record.counts).toMatchObject({ updated: { [INVOICE]: 1 } });
    expect(((await invoices().findOne({ documentId: ids.dueToday })) as any).state).toBe('overdue');
  });
});

describe('the kit', () => {
  test('Strapi’s cron configuration is built from the task list, in the business time zone', () => {
    const tasks: any = app.strapi.config.get('server.cron.tasks');
    expect(tasks['mark-overdue-invoices'].options).toEqual({ rule: '5 0 * * *', tz: 'Europe/Kyiv' });
    expect(typeof tasks['mark-overdue-invoices'].task).toBe('function');
    expect(app.strapi.config.get('server.cron.enabled')).toBe(false); // tests keep the scheduler off
  });

  test('a failing task is recorded as failed with its message and does not throw out of the wrapper', async () => {
    const failing = cron.defineTask({
      name: 'test-failing',
      rule: '0 * * * *',
      async run(strapi) {
        await strapi.documents(COUNTERPARTY as any).create({ data: { name: 'Перед збоєм', kind: 'client' } as any });
        throw new Error('bank API timeout');
      },
    });
    const record = await cron.runCronTask(app.strapi, failing);
    expect(record).toMatchObject({ task: 'test-failing', outcome: 'failed', error: 'bank API timeout', counts: { created: { [COUNTERPARTY]: 1 } } });

    // What Strapi's scheduler calls resolves as well.
    const scheduled = cron.strapiCronTasks([failing], { timeZone: 'Europe/Kyiv' })['test-failing'];
    await expect(scheduled.task({ strapi: app.strapi })).resolves.toBeUndefined();

    const [status] = await cron.lastCronRuns(app.strapi, [failing]);
    expect(status.lastRun).toMatchObject({ outcome: 'failed', error: 'bank API timeout' });
    const entries: any[] = await audit().findMany({ where: { jobName: 'cron:test-failing' } });
    expect(entries).toHaveLength(2);
    expect(entries[0].counts).toMatchObject({ error: 'bank API timeout' });
  });

  test('a run overlapping the previous one in the same process is skipped and recorded as skipped', async () => {
    let release!: () => void;
    let started!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const running = new Promise<void>((resolve) => { started = resolve; });
    const slow = cron.defineTask({
      name: 'test-slow',
      rule: '* * * * *',
      async run() {
        started();
        await gate;
      },
    });
    const first = cron.runCronTask(app.strapi, slow);
    await running;
    const second = await cron.runCronTask(app.strapi, slow);
    expect(second).toMatchObject({ task: 'test-slow', outcome: 'skipped', error: 'the previous run in this process has not finished', counts: null });
    release();
    expect(await first).toMatchObject({ outcome: 'ok' });

    const [status] = await cron.lastCronRuns(app.strapi, [slow]);
    expect(status.lastRun).toMatchObject({ outcome: 'ok' });
    expect(status.lastSkipped).toMatchObject({ outcome: 'skipped' });
    expect(await audit().count({ where: { jobName: 'cron:test-slow' } })).toBe(0);
  });

  test('a transactional task that fails leaves none of its writes', async () => {
    const allOrNothing = cron.defineTask({
      name: 'test-all-or-nothing',
      rule: '0 3 * * *',
      transaction: true,
      async run(strapi) {
        await strapi.documents(COUNTERPARTY as any).create({ data: { name: 'Відкотиться', kind: 'client' } as any });
        throw new Error('half way');
      },
    });
    const record = await cron.runCronTask(app.strapi, allOrNothing);
    expect(record).toMatchObject({ outcome: 'failed', error: 'half way' });
    expect(await app.strapi.db.query(COUNTERPARTY as any).count({ where: { name: 'Відкотиться' } })).toBe(0);
    const [entry]: any[] = await audit().findMany({ where: { jobName: 'cron:test-all-or-nothing' } });
    expect(entry.counts).toMatchObject({ rolledBack: true, error: 'half way' });
  });

  test('task names are checked when a task is defined', () => {
    expect(() => cron.defineTask({ name: 'Mark Overdue', rule: '* * * * *', run: async () => undefined })).toThrow('kebab-case');
  });
});

const onPostgres = usesPostgres() ? describe : describe.skip;

onPostgres('on PostgreSQL', () => {
  test('a run is skipped while another connection holds the task’s advisory lock, and runs once it is released', async () => {
    const { Client } = require('pg');
    const other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryLockKey('mark-overdue-invoices').toString()]);
      const entriesBefore = await audit().count();

      const skipped = await cron.runCronTask(app.strapi, cron.markOverdueInvoices);
      expect(skipped).toMatchObject({ outcome: 'skipped', error: 'another instance is running it', counts: null });
      expect(await audit().count()).toBe(entriesBefore);
      const [status] = await cron.lastCronRuns(app.strapi);
      expect(status.lastSkipped).toEqual(skipped);
      expect(status.lastRun?.outcome).toBe('ok'); // the earlier run's record is kept

      await other.query('COMMIT');
      expect(await cron.runCronTask(app.strapi, cron.markOverdueInvoices)).toMatchObject({ outcome: 'ok' });
    } finally {
      await other.end();
    }
  });
});
