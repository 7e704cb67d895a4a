import { cm } from '../helpers/admin';
import { minimalData } from '../helpers/minimal-documents';
import { OWNER_FIELDS } from '../../src/access/ownership-defaults';
import { CrudAction, UID } from '../../src/access/uids';
import { computeDocumentTotals } from '../../src/domain/money';
import { isValidEdrpou, makeEdrpou } from '../../src/domain/identifiers';
import { Caller, describeRequest, Exchange, formatFindings, judged, SecuritySuite } from './harness';
import { API_TYPES, apiRelationsOf, attributesOf, relationsOf, scalarFieldsOf, shortName } from './model';
import { grantFor, Row, Subject } from './oracle';

/**
 * The write-side attack catalogue: clone, relation connect/disconnect/set, owner fields, bulk delete,
 * notifications. The database decides: after each attack, records outside the caller's rights must be
 * as they were (then everything is put back, so attacks do not build on each other).
 */

/* ------------------------------------------------------------------------------------------------ */
/* Database snapshots                                                                               */
/* ------------------------------------------------------------------------------------------------ */

const SKIP_SCALARS = new Set(['updatedAt', 'createdAt', 'publishedAt', 'locale']);

/** What belongs to a record: its scalar fields and the relations it stores (the owning side). */
export function contentOf(uid: string, row: Row): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const { field } of scalarFieldsOf(uid)) if (!SKIP_SCALARS.has(field)) content[field] = row[field] instanceof Date ? row[field].toISOString() : row[field];
  for (const relation of relationsOf(uid)) {
    if (!relation.owning) continue;
    const value = row[relation.field];
    content[relation.field] = Array.isArray(value) ? [...value].sort((a, b) => a - b) : value ?? null;
  }
  return content;
}

interface Stored {
  documentId: string;
  content: string;
  row: Row;
  /** the rights of the subject the snapshot was taken for, judged on the database as it was then */
  mayUpdate?: boolean;
  mayDelete?: boolean;
}
export type Snapshot = Map<string, Map<number, Stored>>;

/** The records of some types as stored now, with a subject's rights on each (judged now, before an attack). */
export async function snapshot(suite: SecuritySuite, uids: string[], subject?: Subject): Promise<Snapshot> {
  const unique = [...new Set(uids)];
  await suite.graph.load(unique);
  const snap: Snapshot = new Map();
  for (const uid of unique) {
    const rows = new Map<number, Stored>();
    for (const row of suite.graph.all(uid)) {
      const stored: Stored = { documentId: row.documentId, content: JSON.stringify(contentOf(uid, row)), row };
      if (subject) {
        stored.mayUpdate = suite.oracle.may(subject, 'update', uid, row);
        stored.mayDelete = suite.oracle.may(subject, 'delete', uid, row);
      }
      rows.set(row.id, stored);
    }
    snap.set(uid, rows);
  }
  return snap;
}

/** Records the subject had no right to change (update, or delete when gone) that changed between two snapshots; `before` carries the rights. */
export function changesOutsideRights(before: Snapshot, after: Snapshot): string[] {
  const changes: string[] = [];
  for (const [uid, rows] of before) {
    for (const [id, was] of rows) {
      if (was.mayUpdate === undefined) throw new Error('changesOutsideRights: take the "before" snapshot with the subject');
      const now = after.get(uid)?.get(id);
      if (!now) {
        if (!was.mayDelete) changes.push(`${shortName(uid)} ${was.documentId} was deleted`);
        continue;
      }
      if (now.content === was.content || was.mayUpdate) continue;
      const a = JSON.parse(was.content);
      const b = JSON.parse(now.content);
      const fields = Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      changes.push(`${shortName(uid)} ${was.documentId} (may not be changed) changed ${fields.map((f) => `${f}: ${JSON.stringify(a[f])} -> ${JSON.stringify(b[f])}`).join(', ')}`);
    }
  }
  return changes;
}

/** Puts back every record that changed; removes records created since `before`. */
export async function restore(suite: SecuritySuite, before: Snapshot): Promise<void> {
  const after = await snapshot(suite, [...before.keys()]);
  for (const [uid, rows] of after) {
    const db = suite.strapi.db.query(uid as any);
    for (const [id, now] of rows) {
      const was = before.get(uid)?.get(id);
      if (!was) {
        await suite.strapi.documents(uid as any).delete({ documentId: now.documentId });
        continue;
      }
      if (was.content === now.content) continue;
      await db.update({ where: { id }, data: JSON.parse(was.content) });
    }
  }
  await suite.graph.load([...before.keys()]);
}

/* ------------------------------------------------------------------------------------------------ */
/* Helpers                                                                                          */
/* ------------------------------------------------------------------------------------------------ */

export const can = (subject: Subject, action: CrudAction, uid: string) => grantFor(subject, action, uid).kind !== 'none';

/** The types a write on `uid` can change: its own and those of every app type it relates to (the other side of a relation). */
export const affected = (...uids: string[]): string[] => [...new Set(uids.flatMap((uid) => [uid, ...relationsOf(uid).filter((r) => r.target.startsWith('api::')).map((r) => r.target)]))];

const linked = (row: Row, field: string): number[] => {
  const value = row[field];
  return Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
};

async function judge(suite: SecuritySuite, caller: Caller, exchange: Exchange, rootUid: string | null, extra: string[]): Promise<string[]> {
  const findings = await suite.checker.check(caller.subject, { status: exchange.status, text: exchange.text, body: exchange.json }, { rootUid, ignoreUnknownRecords: true });
  return [...formatFindings(caller, exchange, findings), ...extra.map((line) => `${caller.label}: ${describeRequest(exchange)} -> ${exchange.status}: ${line}`)];
}

/** A record the caller may update: the fixtures' own record when it qualifies, else the first by id. */
export function editableRow(suite: SecuritySuite, subject: Subject, uid: string): Row | undefined {
  const rows = suite.graph.all(uid).sort((a, b) => a.id - b.id);
  return rows.find((r) => suite.oracle.may(subject, 'update', uid, r));
}

/* ------------------------------------------------------------------------------------------------ */
/* Relation writes                                                                                  */
/* ------------------------------------------------------------------------------------------------ */

interface RelationWrite {
  field: string;
  target: string;
  op: 'connect' | 'set' | 'disconnect';
  other: Row;
  why: string;
}

/**
 * Writes on every relation of a record the caller may update that point at records it may not update:
 * connect one it can see (and one it cannot), set toMany fields, disconnect linked records it may not
 * change.
 */
export function relationWrites(suite: SecuritySuite, subject: Subject, uid: string, row: Row): RelationWrite[] {
  const writes: RelationWrite[] = [];
  for (const relation of apiRelationsOf(uid)) {
    const others = suite.graph.all(relation.target).sort((a, b) => a.id - b.id).filter((r) => !suite.oracle.may(subject, 'update', relation.target, r) && !linked(row, relation.field).includes(r.id));
    const seen = others.find((r) => suite.oracle.maySee(subject, relation.target, r));
    const unseen = others.find((r) => !suite.oracle.maySee(subject, relation.target, r));
    if (seen) writes.push({ field: relation.field, target: relation.target, op: 'connect', other: seen, why: 'visible, not editable' });
    if (unseen) writes.push({ field: relation.field, target: relation.target, op: 'connect', other: unseen, why: 'not visible' });
    if (relation.toMany && !relation.owning && (seen ?? unseen)) writes.push({ field: relation.field, target: relation.target, op: 'set', other: (seen ?? unseen)!, why: 'replaces the list' });
    for (const id of linked(row, relation.field)) {
      const other = suite.graph.rows.get(relation.target)?.get(id);
      if (other && !suite.oracle.may(subject, 'update', relation.target, other)) {
        writes.push({ field: relation.field, target: relation.target, op: 'disconnect', other, why: 'linked, not editable' });
        break;
      }
    }
  }
  return writes;
}

export async function runRelationWrite(suite: SecuritySuite, cls: string, caller: Caller, uid: string, row: Row, write: RelationWrite): Promise<string[]> {
  const before = await snapshot(suite, [uid, write.target], caller.subject);
  const ref = { id: write.other.id, documentId: write.other.documentId };
  const value = write.op === 'set' ? { set: [ref] } : write.op === 'connect' ? { connect: [ref], disconnect: [] } : { connect: [], disconnect: [ref] };
  const exchange = await caller.put(cm(uid, row.documentId), { [write.field]: value });
  const after = await snapshot(suite, [uid, write.target]);
  const changes = changesOutsideRights(before, after);
  await restore(suite, before);
  return judged(suite, cls, await judge(suite, caller, exchange, uid, changes.map((c) => `${write.op} ${shortName(write.target)} ${write.other.documentId} (${write.why}) on ${write.field}: ${c}`)));
}

/* ------------------------------------------------------------------------------------------------ */
/* Owner fields                                                                                     */
/* ------------------------------------------------------------------------------------------------ */

/** Fields that say whose a record is: the ownership defaults plus who registered a request and whom a notification is for. */
export const OWNER_FIELD_LIST: Array<{ uid: string; field: string }> = [
  ...Object.entries(OWNER_FIELDS).flatMap(([uid, f]) => [{ uid, field: f.employee }, ...(f.department ? [{ uid, field: f.department }] : [])]),
  { uid: UID.inboundRequest, field: 'registeredBy' },
  { uid: UID.notification, field: 'recipient' },
].filter((entry, i, all) => all.findIndex((e) => e.uid === entry.uid && e.field === entry.field) === i);

/**
 * An employee (with a login) or a department other than the subject's: the one responsible for the most
 * counterparties, i.e. a sales colleague of another department when there is one.
 */
export function foreignOwner(suite: SecuritySuite, subject: Subject, target: string): Row | undefined {
  const counterparties = suite.graph.all(UID.counterparty);
  const weight = (row: Row) => counterparties.filter((c) => (target === UID.department ? c.department === row.id : c.manager === row.id)).length;
  const candidates =
    target === UID.department
      ? suite.graph.all(UID.department).filter((d) => d.id !== subject.departmentId)
      : suite.graph.all(UID.employee).filter((e) => e.department !== null && e.department !== subject.departmentId && e.adminUser !== null);
  return candidates.sort((a, b) => weight(b) - weight(a) || a.id - b.id)[0];
}

/** Whether a stored owner field points outside the subject's department. */
function pointsAbroad(suite: SecuritySuite, subject: Subject, target: string, id: number | null): boolean {
  if (id === null || id === undefined) return false;
  if (target === UID.department) return id !== subject.departmentId;
  const employee = suite.graph.rows.get(UID.employee)?.get(id);
  return !!employee && employee.department !== subject.departmentId;
}

export async function runOwnerFieldUpdate(suite: SecuritySuite, cls: string, caller: Caller, uid: string, field: string): Promise<string[]> {
  const target = attributesOf(uid)[field].target!;
  const row = editableRow(suite, caller.subject, uid);
  const foreign = foreignOwner(suite, caller.subject, target);
  if (!row || !foreign) return [];
  const before = await snapshot(suite, affected(uid));
  const exchange = await caller.put(cm(uid, row.documentId), { [field]: { connect: [{ id: foreign.id, documentId: foreign.documentId }], disconnect: [] } });
  await suite.graph.load([uid, UID.employee]);
  const stored = suite.graph.get(uid, { id: row.id });
  const extra = stored && stored[field] !== row[field] && pointsAbroad(suite, caller.subject, target, stored[field]) ? [`${shortName(uid)} ${row.documentId}.${field} was saved as ${shortName(target)} ${foreign.documentId} of another department`] : [];
  await restore(suite, before);
  return judged(suite, cls, await judge(suite, caller, exchange, uid, extra));
}

export async function runOwnerFieldCreate(suite: SecuritySuite, cls: string, caller: Caller, uid: string, field: string): Promise<string[]> {
  const target = attributesOf(uid)[field].target!;
  const foreign = foreignOwner(suite, caller.subject, target);
  if (!foreign || !can(caller.subject, 'create', uid)) return [];
  const data = { ...(await minimalData(suite.strapi, uid)), [field]: { connect: [{ id: foreign.id, documentId: foreign.documentId }] } };
  const before = await snapshot(suite, affected(uid));
  const exchange = await caller.post(cm(uid), data);
  await suite.graph.load([uid, UID.employee]);
  const created = suite.graph.all(uid).filter((r) => !before.get(uid)!.has(r.id));
  const extra = created.filter((r) => pointsAbroad(suite, caller.subject, target, r[field])).map((r) => `created ${shortName(uid)} ${r.documentId} with ${field} = ${shortName(target)} ${foreign.documentId} of another department`);
  await restore(suite, before);
  return judged(suite, cls, await judge(suite, caller, exchange, uid, extra));
}

/* ------------------------------------------------------------------------------------------------ */
/* Clone                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

/** Types a subject may create that have records it may not see, with one such record. */
export function cloneTargets(suite: SecuritySuite, subject: Subject): Array<{ uid: string; row: Row }> {
  return API_TYPES.filter((uid) => can(subject, 'create', uid))
    .map((uid) => ({ uid, row: suite.oracle.hiddenRows(subject, uid).sort((a, b) => a.id - b.id)[0] }))
    .filter((t): t is { uid: string; row: Row } => !!t.row);
}

/** Clone (and auto-clone) of a record the caller may not see: nothing created, nothing of it returned. */
export async function runCloneInvisible(suite: SecuritySuite, cls: string, caller: Caller, uid: string, row: Row): Promise<string[]> {
  const lines: string[] = [];
  for (const route of ['clone', 'auto-clone']) {
    const related = affected(uid);
    const before = await snapshot(suite, related, caller.subject);
    const exchange = await caller.post(`${cm(uid)}/${route}/${row.documentId}`, {});
    const after = await snapshot(suite, related);
    const created = [...after.get(uid)!.keys()].filter((id) => !before.get(uid)!.has(id));
    const extra = created.map((id) => `created ${shortName(uid)} ${after.get(uid)!.get(id)!.documentId} from ${row.documentId}, which the caller may not see`);
    extra.push(...changesOutsideRights(before, after));
    await restore(suite, before);
    lines.push(...(await judge(suite, caller, exchange, uid, extra)));
  }
  return judged(suite, cls, lines);
}

/** Clone of a document with lines, sending forged totals: stored totals must be the lines' sum. */
export async function runCloneForgedTotals(suite: SecuritySuite, cls: string, caller: Caller, uid: string): Promise<string[]> {
  const row = suite.oracle.visibleRows(caller.subject, uid).sort((a, b) => a.id - b.id)[0];
  if (!row || !can(caller.subject, 'create', uid)) return [];
  const before = await snapshot(suite, affected(uid));
  const exchange = await caller.post(`${cm(uid)}/clone/${row.documentId}`, { total: 1, totalNet: 1, totalVat: 0 });
  await suite.graph.load([uid]);
  const created = suite.graph.all(uid).filter((r) => !before.get(uid)!.has(r.id));
  const extra: string[] = [];
  for (const clone of created) {
    const stored: any = await suite.strapi.db.query(uid as any).findOne({ where: { id: clone.id }, populate: { lines: true } });
    const expected = computeDocumentTotals((stored.lines ?? []).map((l: any) => ({ quantity: l.quantity, price: l.price, discount: l.discount, vatRate: l.vatRate })));
    for (const field of ['totalNet', 'totalVat', 'total'] as const) {
      if (Number(stored[field]) !== Number(expected[field])) extra.push(`clone ${clone.documentId} stored ${field} ${stored[field]}, its lines give ${expected[field]}`);
    }
  }
  await restore(suite, before);
  return judged(suite, cls, await judge(suite, caller, exchange, uid, extra));
}

/** An invalid ЄДРПОУ (the check digit of a valid one, changed). */
export function invalidEdrpou(): string {
  const valid = makeEdrpou('2345678');
  const wrong = `${valid.slice(0, 7)}${(Number(valid[7]) + 1) % 10}`;
  if (isValidEdrpou(wrong)) throw new Error('expected an invalid ЄДРПОУ');
  return wrong;
}

/** Clone of a counterparty with an invalid ЄДРПОУ in the body: nothing with that code may be stored. */
export async function runCloneInvalidIdentifier(suite: SecuritySuite, cls: string, caller: Caller): Promise<string[]> {
  const uid = UID.counterparty;
  const row = suite.oracle.visibleRows(caller.subject, uid).sort((a, b) => a.id - b.id)[0];
  if (!row || !can(caller.subject, 'create', uid)) return [];
  const edrpou = invalidEdrpou();
  const before = await snapshot(suite, affected(uid));
  const exchange = await caller.post(`${cm(uid)}/clone/${row.documentId}`, { edrpou });
  const stored = await suite.strapi.db.query(uid as any).findMany({ where: { edrpou } });
  const extra = stored.map((r: any) => `stored counterparty ${r.documentId} with the invalid ЄДРПОУ ${edrpou}`);
  await restore(suite, before);
  return judged(suite, cls, await judge(suite, caller, exchange, uid, extra));
}

/** Clone of a record with related records on the other side (contact persons of a counterparty): the source keeps them. */
export async function runCloneKeepsRelations(suite: SecuritySuite, cls: string, caller: Caller, uid: string): Promise<string[]> {
  const inverse = relationsOf(uid).filter((r) => !r.owning && r.target.startsWith('api::'));
  const row = suite.oracle
    .visibleRows(caller.subject, uid)
    .sort((a, b) => inverse.reduce((n, r) => n + linked(b, r.field).length, 0) - inverse.reduce((n, r) => n + linked(a, r.field).length, 0))[0];
  if (!row || inverse.length === 0 || !can(caller.subject, 'create', uid) || inverse.every((r) => linked(row, r.field).length === 0)) return [];
  const related = affected(uid);
  const before = await snapshot(suite, related);
  const exchange = await caller.post(`${cm(uid)}/clone/${row.documentId}`, {});
  await suite.graph.load(related);
  const source = suite.graph.get(uid, { id: row.id })!;
  const extra: string[] = [];
  for (const relation of inverse) {
    const was = linked(row, relation.field).sort();
    const now = linked(source, relation.field).sort();
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      const lost = was.filter((id) => !now.includes(id)).map((id) => suite.graph.rows.get(relation.target)?.get(id)?.documentId ?? `#${id}`);
      extra.push(`the source ${row.documentId} lost ${relation.field} ${lost.join(', ')} to the clone`);
    }
  }
  await restore(suite, before);
  return judged(suite, cls, await judge(suite, caller, exchange, uid, extra));
}

/* ------------------------------------------------------------------------------------------------ */
/* Bulk delete                                                                                      */
/* ------------------------------------------------------------------------------------------------ */

let victimSeq = 0;

/** A copy of a stored record (scalars and stored relations), made with unique codes, to be deleted instead of the fixtures. */
export async function duplicate(suite: SecuritySuite, uid: string, row: Row): Promise<Row> {
  victimSeq += 1;
  const attributes = attributesOf(uid);
  const data: Record<string, unknown> = {};
  for (const { field } of scalarFieldsOf(uid)) {
    if (SKIP_SCALARS.has(field) || row[field] === null || row[field] === undefined) continue;
    const attribute = attributes[field];
    if (['edrpou', 'rnokpp', 'vatNumber'].includes(field)) continue;
    data[field] = attribute.unique || ['number', 'dedupeKey', 'code'].includes(field) ? `${row[field]}-v${victimSeq}` : row[field];
  }
  if (uid === 'api::schedule-entry.schedule-entry') {
    // one employee's schedule entries may not overlap: the copy moves to a day of its own
    const shift = (victimSeq + 1000) * 86_400_000;
    for (const field of ['start', 'end']) if (data[field]) data[field] = new Date(new Date(String(data[field])).getTime() + shift).toISOString();
  }
  for (const relation of relationsOf(uid)) {
    if (!relation.owning || !relation.target.startsWith('api::')) continue;
    const ids = linked(row, relation.field);
    const docs = ids.map((id) => suite.graph.rows.get(relation.target)?.get(id)?.documentId).filter(Boolean);
    if (docs.length > 0) data[relation.field] = relation.toMany ? docs : docs[0];
  }
  const created: any = await suite.strapi.documents(uid as any).create({ data } as any);
  await suite.graph.load([uid]);
  return suite.graph.get(uid, { id: created.id })!;
}

/** bulkDelete of copies of records the caller may delete, may see but not delete, and may not see. */
export async function runBulkDelete(suite: SecuritySuite, cls: string, caller: Caller, uid: string): Promise<string[]> {
  const subject = caller.subject;
  const rows = suite.graph.all(uid).sort((a, b) => a.id - b.id);
  const kinds = [
    rows.find((r) => suite.oracle.may(subject, 'delete', uid, r)),
    rows.find((r) => suite.oracle.maySee(subject, uid, r) && !suite.oracle.may(subject, 'delete', uid, r)),
    rows.find((r) => !suite.oracle.maySee(subject, uid, r)),
  ].filter((r): r is Row => !!r);
  if (kinds.length < 2) return [];
  const before = await snapshot(suite, affected(uid));
  const victims: Row[] = [];
  for (const row of kinds) victims.push(await duplicate(suite, uid, row));
  const withVictims = await snapshot(suite, [uid], subject);
  const exchange = await caller.post(`${cm(uid)}/actions/bulkDelete`, { documentIds: victims.map((v) => v.documentId) });
  const after = await snapshot(suite, [uid]);
  const extra = changesOutsideRights(withVictims, after);
  await restore(suite, before);
  return judged(suite, cls, await judge(suite, caller, exchange, null, extra));
}
