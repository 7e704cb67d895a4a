import { cm } from '../helpers/admin';
import { ROLE_CODE } from '../../src/access/roles';
import { UID } from '../../src/access/uids';
import { Caller, describeRequest, expectClean, judged, securitySuite } from './harness';
import {
  draftCountProbe,
  existingRelationProbes,
  filterOracleCases,
  homepageProbes,
  listPopulateProbes,
  listUrl,
  pickerProbes,
  runFilterOracle,
  singleRecordProbes,
} from './attacks';
import { relationInfo, shortName } from './model';
import { editableRow, relationWrites, runCloneInvisible, runOwnerFieldUpdate, runRelationWrite } from './write-probes';

/**
 * Strapi 5.54's admin API tokens (`/admin/admin-tokens`, auth strategy `admin-token`) act for their owner
 * with a copy of the owner's permissions, conditions included. A token owned by a sales manager must
 * not reach further than the manager's own login: a sample of the same attacks, sent with the token.
 */

const suite = securitySuite(__filename);
let token: Caller;

beforeAll(async () => {
  const strapi = suite.strapi;
  const owner: any = await strapi.db.query('admin::user').findOne({ where: { email: suite.fx.emails.manager }, populate: ['roles'] });
  const permissions: any[] = await strapi.db.query('admin::permission').findMany({ where: { role: { code: ROLE_CODE.salesManager } } });
  const adminPermissions = permissions.map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions }));
  const created: any = await (strapi.service('admin::api-token-admin') as any).create({ name: 'security-manager-token', description: '', lifespan: null, adminPermissions }, owner);
  token = suite.callerFor('manager admin token', suite.subjects.manager, created.accessKey);
});

describe('the token works and acts as the manager', () => {
  test('it lists own and department counterparties, as the manager\'s login does', async () => {
    const res = await token.get(listUrl(UID.counterparty));
    expect(res.status).toBe(200);
    const ids = res.json.results.map((r: any) => r.documentId);
    expect(ids).toContain(suite.fx.records.own.counterparty.documentId);
    expect(ids).toContain(suite.fx.records.department.counterparty.documentId);
  });

  test('a sales manager cannot mint an admin token through the API', async () => {
    const before = await suite.strapi.db.query('admin::api-token').count({ where: { kind: 'admin' } });
    const res = await suite.callers.manager.post('/admin/admin-tokens', { name: 'minted-by-manager', description: '', lifespan: null, adminPermissions: [] });
    const after = await suite.strapi.db.query('admin::api-token').count({ where: { kind: 'admin' } });
    expectClean(judged(suite, 'admin token: minting', after > before ? [`manager: ${describeRequest(res)} -> ${res.status}: an admin token was created`] : []));
  });
});

describe('reads with the token', () => {
  test.each([UID.counterparty, UID.employee, UID.interaction].map((uid) => ({ uid, name: shortName(uid) })))('list populate: $name', async ({ uid }) => {
    expectClean(await listPopulateProbes(suite, token, uid, 'admin token: list populate'));
  });

  test.each([UID.employee, UID.department].map((uid) => ({ uid, name: shortName(uid) })))('filter oracle: $name', async ({ uid }) => {
    const lines: string[] = [];
    for (const c of filterOracleCases(suite, token.subject, uid, 3)) lines.push(...(await runFilterOracle(suite, 'admin token: filter oracle', token, c, (filters) => listUrl(uid, { filters }))));
    expectClean(lines);
  });

  test.each([UID.counterparty, UID.interaction].map((uid) => ({ uid, name: shortName(uid) })))('single record: $name', async ({ uid }) => {
    expectClean(await singleRecordProbes(suite, token, uid, 'admin token: single record'));
  });

  test.each(
    [
      [UID.interaction, 'employee'],
      [UID.interaction, 'counterparty'],
      [UID.counterparty, 'department'],
      [UID.counterparty, 'contactPersons'],
    ].map(([uid, field]) => ({ uid, field, name: `${shortName(uid)}.${field}` })),
  )('relation picker: $name', async ({ uid, field }) => {
    expectClean(await pickerProbes(suite, token, uid, field, relationInfo(uid, field)!.target, 'admin token: relation picker'));
  });

  test('existing relations: employee.counterparties and schedule-entry.counterparty', async () => {
    expectClean([
      ...(await existingRelationProbes(suite, token, UID.employee, 'counterparties', UID.counterparty, 'admin token: existing relations')),
      ...(await existingRelationProbes(suite, token, UID.scheduleEntry, 'counterparty', UID.counterparty, 'admin token: existing relations')),
    ]);
  });

  test('draft-relation count and homepage', async () => {
    expectClean([...(await draftCountProbe(suite, 'admin token: draft count', token, UID.counterparty)), ...(await homepageProbes(suite, 'admin token: homepage', token))]);
  });
});

describe('writes with the token', () => {
  test('clone of another department\'s counterparty', async () => {
    const row = suite.graph.get(UID.counterparty, suite.fx.records.other.counterparty)!;
    expectClean(await runCloneInvisible(suite, 'admin token: clone', token, UID.counterparty, row));
  });

  test('connect contact persons the manager may not change into an own counterparty', async () => {
    const row = editableRow(suite, token.subject, UID.counterparty)!;
    const lines: string[] = [];
    for (const write of relationWrites(suite, token.subject, UID.counterparty, row).filter((w) => w.field === 'contactPersons')) {
      lines.push(...(await runRelationWrite(suite, 'admin token: relation writes', token, UID.counterparty, row, write)));
    }
    expectClean(lines);
  });

  test.each(
    [
      [UID.counterparty, 'manager'],
      [UID.invoice, 'author'],
      [UID.notification, 'recipient'],
    ].map(([uid, field]) => ({ uid, field, name: `${shortName(uid)}.${field}` })),
  )('owner field: $name', async ({ uid, field }) => {
    expectClean(await runOwnerFieldUpdate(suite, 'admin token: owner fields', token, uid, field));
  });

  test('create an invoice under another department\'s client (refused for the manager\'s login)', async () => {
    const before = await suite.strapi.db.query(UID.invoice as any).count();
    const res = await token.post(cm(UID.invoice), { number: 'ACCFIX токен', date: '2026-05-01', counterparty: suite.fx.records.other.counterparty.documentId, lines: [] });
    const created = await suite.strapi.db.query(UID.invoice as any).findMany({ where: { number: 'ACCFIX токен' }, populate: { counterparty: { select: ['id'] } } });
    const lines = created
      .filter((r: any) => r.counterparty?.id === suite.fx.records.other.counterparty.id)
      .map((r: any) => `${token.label}: ${describeRequest(res)} -> ${res.status}: invoice ${r.documentId} filed under another department's counterparty`);
    for (const r of created) await suite.strapi.documents(UID.invoice as any).delete({ documentId: r.documentId });
    expect(await suite.strapi.db.query(UID.invoice as any).count()).toBe(before);
    expectClean(judged(suite, 'admin token: relation writes', lines));
  });
});
