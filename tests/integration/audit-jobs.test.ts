import { suiteWithSuperAdmin } from '../helpers/suite';
import { cm } from '../helpers/admin';
import { fromDist } from '../helpers/dist';
import type * as Audit from '../../src/audit';

const { runAuditedJob } = fromDist<typeof Audit>('src/audit');

const AUDIT = 'api::audit-entry.audit-entry';
const COUNTERPARTY = 'api::counterparty.counterparty';
const PAYMENT = 'api::payment.payment';

const suite = suiteWithSuperAdmin();

const audit = () => suite.app.strapi.db.query(AUDIT as any);
const documents = (uid: string) => suite.app.strapi.documents(uid as any);

describe('runAuditedJob', () => {
  test('a bulk job writes one entry with per-uid counts and the job’s own keys, and no entry per row', async () => {
    const existing: any = await documents(COUNTERPARTY).create({ data: { name: 'Існуючий', kind: 'client' } as any });
    const doomed: any = await documents(COUNTERPARTY).create({ data: { name: 'Зайвий', kind: 'client' } as any });
    const before = await audit().count();

    const result = await runAuditedJob(suite.app.strapi, 'bank-import', async (counts) => {
      for (let i = 1; i <= 3; i += 1) {
        await documents(PAYMENT).create({ data: { date: '2025-03-0' + i, amount: `${i}00.00`, direction: 'incoming', dedupeKey: `job-${i}` } as any });
      }
      await documents(COUNTERPARTY).update({ documentId: existing.documentId, data: { note: 'оновлено імпортом' } as any });
      await documents(COUNTERPARTY).delete({ documentId: doomed.documentId });
      counts.duplicates = 2;
      return 'done';
    });

    expect(result).toBe('done');
    expect(await audit().count()).toBe(before + 1);
    const [entry]: any[] = await audit().findMany({ where: { action: 'bulk-job' }, orderBy: { id: 'desc' }, limit: 1 });
    expect(entry).toMatchObject({ action: 'bulk-job', jobName: 'bank-import', actorType: 'system', changes: null, targetDocumentId: null });
    expect(entry.counts).toMatchObject({
      created: { [PAYMENT]: 3 },
      updated: { [COUNTERPARTY]: 1 },
      deleted: { [COUNTERPARTY]: 1 },
      duplicates: 2,
    });
    expect(typeof entry.counts.durationMs).toBe('number');
    expect(await audit().count({ where: { targetUid: PAYMENT } })).toBe(0);
    expect(await audit().count({ where: { targetDocumentId: existing.documentId, action: 'update' } })).toBe(0);

    // The job really did its work.
    expect(await documents(PAYMENT).count({})).toBe(3);
    expect(((await documents(COUNTERPARTY).findOne({ documentId: existing.documentId })) as any).note).toBe('оновлено імпортом');
  });

  test('a failing job is recorded with its error and counts so far, and the error reaches the caller', async () => {
    await expect(
      runAuditedJob(suite.app.strapi, 'cron:overdue-invoices', async () => {
        await documents(COUNTERPARTY).create({ data: { name: 'До збою', kind: 'client' } as any });
        throw new Error('bank API timeout');
      }),
    ).rejects.toThrow('bank API timeout');
    const [entry]: any[] = await audit().findMany({ where: { jobName: 'cron:overdue-invoices' } });
    expect(entry.counts).toMatchObject({ created: { [COUNTERPARTY]: 1 }, error: 'bank API timeout' });
  });

  test('skipWhenEmpty: a job that changed nothing leaves no entry; the target of a job is recorded', async () => {
    const before = await audit().count();
    await runAuditedJob(suite.app.strapi, 'cron:nothing-to-do', async () => undefined, { skipWhenEmpty: true });
    expect(await audit().count()).toBe(before);

    await runAuditedJob(suite.app.strapi, 'statement-import', async () => undefined, {
      target: { uid: 'api::bank-statement.bank-statement', documentId: 'st1', label: 'Виписка за березень' },
    });
    const [entry]: any[] = await audit().findMany({ where: { jobName: 'statement-import' } });
    expect(entry).toMatchObject({ targetUid: 'api::bank-statement.bank-statement', targetDocumentId: 'st1', targetLabel: 'Виписка за березень' });
  });

  test('writes outside the job, running at the same time, are still logged one by one', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const job = runAuditedJob(suite.app.strapi, 'slow-import', async () => {
      await documents(COUNTERPARTY).create({ data: { name: 'З імпорту', kind: 'client' } as any });
      await gate;
    });
    const res = await suite.admin.post(cm(COUNTERPARTY), { name: 'Паралельний', kind: 'client' });
    expect(res.status).toBe(201);
    release();
    await job;
    expect(await audit().count({ where: { targetDocumentId: res.body.data.documentId, action: 'create', actorType: 'admin' } })).toBe(1);
    const [entry]: any[] = await audit().findMany({ where: { jobName: 'slow-import' } });
    expect(entry.counts.created).toEqual({ [COUNTERPARTY]: 1 });
  });

  test('a job started by an admin request is attributed to that admin', async () => {
    const user: any = await suite.app.strapi.db.query('admin::user').findOne({ where: { id: suite.admin.userId } });
    await suite.app.strapi.requestContext.run({ state: { user, auth: { strategy: { name: 'admin' }, credentials: user } } } as any, () =>
      runAuditedJob(suite.app.strapi, 'manual-import', async () => undefined),
    );
    const [entry]: any[] = await audit().findMany({ where: { jobName: 'manual-import' }, populate: ['actorAdminUser'] });
    expect(entry).toMatchObject({ actorType: 'admin' });
    expect(entry.actorAdminUser.id).toBe(suite.admin.userId);
  });
});

describe('runAuditedJob with { transaction: true }', () => {
  const payments = (prefix: string) => documents(PAYMENT).count({ filters: { dedupeKey: { $startsWith: prefix } } } as any);
  const createPayments = async (prefix: string) => {
    for (let i = 1; i <= 3; i += 1) {
      await documents(PAYMENT).create({ data: { date: '2026-03-0' + i, amount: `${i}0.00`, direction: 'incoming', dedupeKey: `${prefix}${i}` } as any });
    }
  };

  test('a job that throws leaves nothing of its writes, and one entry recording the failure', async () => {
    const before = await audit().count();
    await expect(
      runAuditedJob(suite.app.strapi, 'tx-import-failing', async (counts) => {
        await createPayments('tx-fail-');
        counts.rows = 3;
        expect(await payments('tx-fail-')).toBe(3); // seen inside the transaction
        throw new Error('row 4: bad IBAN');
      }, { transaction: true }),
    ).rejects.toThrow('row 4: bad IBAN');

    expect(await payments('tx-fail-')).toBe(0);
    expect(await audit().count()).toBe(before + 1);
    const [entry]: any[] = await audit().findMany({ where: { jobName: 'tx-import-failing' } });
    expect(entry).toMatchObject({ action: 'bulk-job', actorType: 'system' });
    expect(entry.counts).toMatchObject({ created: { [PAYMENT]: 3 }, rows: 3, rolledBack: true, error: 'row 4: bad IBAN' });
  });

  test('a job that succeeds commits its writes with its entry', async () => {
    const before = await audit().count();
    const result = await runAuditedJob(suite.app.strapi, 'tx-import-ok', async () => {
      await createPayments('tx-ok-');
      return 'imported';
    }, { transaction: true });
    expect(result).toBe('imported');
    expect(await payments('tx-ok-')).toBe(3);
    expect(await audit().count()).toBe(before + 1);
    const [entry]: any[] = await audit().findMany({ where: { jobName: 'tx-import-ok' } });
    expect(entry.counts).toMatchObject({ created: { [PAYMENT]: 3 } });
    expect(entry.counts.rolledBack).toBeUndefined();
  });

  test('row-level writes of the job roll back too', async () => {
    await expect(
      runAuditedJob(suite.app.strapi, 'tx-rows', async () => {
        await suite.app.strapi.db.query(COUNTERPARTY as any).create({ data: { name: 'Рядком', kind: 'client', documentId: 'txrowlevel000000000000001' } });
        throw new Error('stop');
      }, { transaction: true }),
    ).rejects.toThrow('stop');
    expect(await suite.app.strapi.db.query(COUNTERPARTY as any).count({ where: { name: 'Рядком' } })).toBe(0);
  });

  test('refuses to start inside another transaction, where its rollback would be a no-op', async () => {
    await expect(
      suite.app.strapi.db.transaction(() => runAuditedJob(suite.app.strapi, 'tx-nested', async () => undefined, { transaction: true })),
    ).rejects.toThrow('must not start inside another transaction');
    expect(await audit().count({ where: { jobName: 'tx-nested' } })).toBe(0);
  });
});
