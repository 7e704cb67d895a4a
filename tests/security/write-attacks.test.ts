import { cm } from '../helpers/admin';
import { UID } from '../../src/access/uids';
import { describeRequest, expectClean, formatFindings, judged, securitySuite, STAFF, Staff } from './harness';
import { pairs, staticSubject } from './attacks';
import { API_TYPES, relationsOf, shortName } from './model';
import { grantFor } from './oracle';
import {
  can,
  changesOutsideRights,
  cloneTargets,
  editableRow,
  foreignOwner,
  OWNER_FIELD_LIST,
  relationWrites,
  restore,
  runBulkDelete,
  Snapshot,
  runCloneForgedTotals,
  runCloneInvalidIdentifier,
  runCloneInvisible,
  runCloneKeepsRelations,
  runOwnerFieldCreate,
  runOwnerFieldUpdate,
  runRelationWrite,
  snapshot,
} from './write-probes';

/**
 * Write paths of the content manager attacked by every staff role: clone, relation connect /
 * disconnect / set, owner fields, schedule entries for others, notifications, bulk delete. The
 * database decides whether an attack got through; everything is put back after each attack.
 */

const suite = securitySuite(__filename);

/** Every record as it was before the attacks, to check at the end that each attack was put back. */
let baseline: Snapshot;
const TRACKED = API_TYPES.filter((uid) => uid !== UID.auditEntry);
beforeAll(async () => {
  baseline = await snapshot(suite, TRACKED);
});

const staticCan = (person: Staff, action: 'create' | 'update' | 'delete', uid: string) => grantFor(staticSubject(person), action, uid).kind !== 'none';
const typesWith = (action: 'create' | 'update' | 'delete') => (person: Staff) => API_TYPES.filter((uid) => staticCan(person, action, uid));
const named = <T extends [Staff, string]>(list: T[]) => list.map(([person, uid]) => ({ person, uid, name: `${person} on ${shortName(uid)}` }));

describe('clone: of a record the caller may not see (clone and auto-clone)', () => {
  test.each([...STAFF].filter((p) => typesWith('create')(p).length > 0))('%s', async (person) => {
    const caller = suite.callers[person];
    const lines: string[] = [];
    for (const { uid, row } of cloneTargets(suite, caller.subject)) lines.push(...(await runCloneInvisible(suite, 'clone: invisible source', caller, uid, row)));
    expectClean(lines);
  });
});

describe('clone: forged totals are not stored', () => {
  const documents = [UID.invoice, UID.contract];
  test.each(named(pairs(STAFF, (p) => documents.filter((uid) => staticCan(p, 'create', uid)))))('$name', async ({ person, uid }) => {
    expectClean(await runCloneForgedTotals(suite, 'clone: forged totals', suite.callers[person], uid));
  });
});

describe('clone: an invalid ЄДРПОУ is refused', () => {
  test.each([...STAFF].filter((p) => staticCan(p, 'create', UID.counterparty)))('%s', async (person) => {
    expectClean(await runCloneInvalidIdentifier(suite, 'clone: invalid identifier', suite.callers[person]));
  });
});

describe('clone: related records stay with the source', () => {
  const withInverse = (p: Staff) => typesWith('create')(p).filter((uid) => relationsOf(uid).some((r) => !r.owning && r.target.startsWith('api::')));
  test.each(named(pairs(STAFF, withInverse)))('$name', async ({ person, uid }) => {
    expectClean(await runCloneKeepsRelations(suite, 'clone: moves related records', suite.callers[person], uid));
  });
});

describe('relation writes: connect / set / disconnect records the caller may not change', () => {
  test.each(named(pairs(STAFF, typesWith('update'))))('$name', async ({ person, uid }) => {
    const caller = suite.callers[person];
    const row = editableRow(suite, caller.subject, uid);
    const lines: string[] = [];
    if (row) for (const write of relationWrites(suite, caller.subject, uid, row)) lines.push(...(await runRelationWrite(suite, 'relation writes', caller, uid, row, write)));
    expectClean(lines);
  });
});

describe('owner fields: a sales manager cannot hand a record to another department', () => {
  test.each(OWNER_FIELD_LIST.map((f) => ({ ...f, name: `${shortName(f.uid)}.${f.field}` })))('$name', async ({ uid, field }) => {
    const caller = suite.callers.manager;
    expectClean([
      ...(await runOwnerFieldUpdate(suite, 'owner fields', caller, uid, field)),
      ...(await runOwnerFieldCreate(suite, 'owner fields', caller, uid, field)),
    ]);
  });
});

describe('schedule entries: nobody books another department\'s employee', () => {
  test.each([...STAFF].filter((p) => staticCan(p, 'create', UID.scheduleEntry)))('%s', async (person) => {
    const caller = suite.callers[person];
    const foreign = foreignOwner(suite, caller.subject, UID.employee)!;
    const before = await snapshot(suite, [UID.scheduleEntry]);
    const exchange = await caller.post(cm(UID.scheduleEntry), {
      employee: { connect: [{ id: foreign.id, documentId: foreign.documentId }] },
      start: '2026-06-01T08:00:00.000Z',
      end: '2026-06-01T10:00:00.000Z',
      kind: 'client-visit',
      purpose: 'ACCFIX чужий візит',
    });
    const after = await snapshot(suite, [UID.scheduleEntry]);
    const created = [...after.get(UID.scheduleEntry)!.values()].filter((r) => !before.get(UID.scheduleEntry)!.has(r.row.id) && r.row.employee === foreign.id);
    const lines = [
      ...formatFindings(caller, exchange, await suite.checker.check(caller.subject, { status: exchange.status, text: exchange.text, body: exchange.json }, { rootUid: UID.scheduleEntry })),
      ...created.map((r) => `${caller.label}: ${describeRequest(exchange)} -> ${exchange.status}: created schedule entry ${r.documentId} for employee ${foreign.documentId} of another department`),
    ];
    await restore(suite, before);
    expectClean(judged(suite, 'schedule entries', lines));
  });
});

describe('notifications: nobody creates one or rewrites one; marking one\'s own read works', () => {
  const own: Partial<Record<Staff, string>> = {};
  beforeAll(async () => {
    for (const person of STAFF) {
      const employee = suite.fx.employees[person];
      const doc: any = await suite.strapi.documents(UID.notification as any).create({ data: { title: `ACCFIX для ${person}`, body: 'Текст', link: '/admin', recipient: employee.documentId, kind: 'system' } } as any);
      own[person] = doc.documentId;
    }
    await suite.graph.load([UID.notification]);
  });

  test.each([...STAFF])('%s', async (person) => {
    const caller = suite.callers[person];
    const lines: string[] = [];
    const cls = 'notifications';
    const mine = own[person]!;
    const foreign = foreignOwner(suite, caller.subject, UID.employee)!;
    const self = suite.fx.employees[person];
    // create: for oneself and for someone else
    for (const recipient of [self, foreign]) {
      const before = await snapshot(suite, [UID.notification]);
      const exchange = await caller.post(cm(UID.notification), { title: 'ACCFIX підробка', kind: 'system', recipient: { connect: [{ id: recipient.id, documentId: recipient.documentId }] } });
      const after = await snapshot(suite, [UID.notification]);
      const created = [...after.get(UID.notification)!.values()].filter((r) => !before.get(UID.notification)!.has(r.row.id));
      lines.push(...judged(suite, cls, created.map((r) => `${caller.label}: ${describeRequest(exchange)} -> ${exchange.status}: created notification ${r.documentId}`)));
      await restore(suite, before);
    }
    // rewriting one's own: recipient, title, body, link
    const changes: Array<[string, unknown]> = [
      ['recipient', { connect: [{ id: foreign.id, documentId: foreign.documentId }], disconnect: [] }],
      ['title', 'ACCFIX переписано'],
      ['body', 'переписано'],
      ['link', 'https://evil.example/'],
    ];
    for (const [field, value] of changes) {
      const before = await snapshot(suite, [UID.notification]);
      const row = suite.graph.get(UID.notification, { documentId: mine })!;
      const exchange = await caller.put(cm(UID.notification, mine), { [field]: value });
      await suite.graph.load([UID.notification]);
      const now = suite.graph.get(UID.notification, { documentId: mine })!;
      const changed = JSON.stringify(now[field]) !== JSON.stringify(row[field]);
      lines.push(...judged(suite, cls, changed ? [`${caller.label}: ${describeRequest(exchange)} -> ${exchange.status}: own notification ${mine}.${field} changed ${JSON.stringify(row[field])} -> ${JSON.stringify(now[field])}`] : []));
      await restore(suite, before);
    }
    // marking one's own read is allowed
    {
      const before = await snapshot(suite, [UID.notification]);
      const readAt = '2026-06-02T09:00:00.000Z';
      const exchange = await caller.put(cm(UID.notification, mine), { readAt });
      await suite.graph.load([UID.notification]);
      const now = suite.graph.get(UID.notification, { documentId: mine })!;
      const saved = now.readAt && new Date(now.readAt).toISOString() === readAt;
      lines.push(...judged(suite, cls, saved ? [] : [`${caller.label}: ${describeRequest(exchange)} -> ${exchange.status}: marking one's own notification read was not saved (readAt ${JSON.stringify(now.readAt)})`]));
      await restore(suite, before);
    }
    // somebody else's: not even readAt
    {
      const other = suite.graph.all(UID.notification).find((r) => !suite.oracle.may(caller.subject, 'update', UID.notification, r))!;
      const before = await snapshot(suite, [UID.notification], caller.subject);
      const exchange = await caller.put(cm(UID.notification, other.documentId), { readAt: '2026-06-02T09:00:00.000Z', title: 'ACCFIX чуже' });
      const after = await snapshot(suite, [UID.notification]);
      lines.push(...judged(suite, cls, changesOutsideRights(before, after).map((c) => `${caller.label}: ${describeRequest(exchange)} -> ${exchange.status}: ${c}`)));
      await restore(suite, before);
    }
    expectClean(lines);
  });
});

describe('bulk delete: a mix of deletable, visible and invisible records', () => {
  test.each(named(pairs(STAFF, typesWith('delete'))))('$name', async ({ person, uid }) => {
    expectClean(await runBulkDelete(suite, 'bulk: bulkDelete', suite.callers[person], uid));
  });
});

test('every attacking role may create, update or delete something (the write catalogue is not empty)', () => {
  for (const person of STAFF) expect([person, API_TYPES.some((uid) => can(suite.subjects[person], 'update', uid))]).toEqual([person, true]);
});

describe('the suite itself (runs last)', () => {
  test('every record is as it was before the attacks (each attack was put back, none built on another)', async () => {
    const now = await snapshot(suite, TRACKED);
    const differences: string[] = [];
    for (const [uid, rows] of baseline) {
      for (const [id, was] of rows) {
        const current = now.get(uid)?.get(id);
        if (!current) differences.push(`${shortName(uid)} #${id} is gone`);
        else if (current.content !== was.content) differences.push(`${shortName(uid)} #${id}: ${was.content} => ${current.content}`);
      }
    }
    expect(differences).toEqual([]);
  });
});
