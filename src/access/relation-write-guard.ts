import type { Core, Modules } from '@strapi/strapi';
import { toValidationError } from '../document-middlewares/validation-error';
import type { FieldIssue } from '../domain/errors';
import { issue, MessageCode } from '../domain/messages';
import { ownerFields } from './conditions';
import { SYSTEM_FIELDS } from './query-guard';
import { RelationChange, RelationIds, relationChanges } from './relation-references';
import { isSuperAdmin, staffRequest, StaffRequest } from './staff-request';
import { isTrustedWrite } from './trusted-write';
import { CM_ACTION, UID } from './uids';
import { andFilters, filterFromAbility, toWhere } from './visibility';

/**
 * What a person may write into relations through the admin panel (their session or an admin token):
 * - link or unlink only records they can see (no invoice under another department's client);
 * - moving a record out of another one (a contact person into my counterparty takes it away from its
 *   current one) needs the edit right on the moved record and on the one it leaves; so does a link kept
 *   on the other record's side (adding my client to a segment changes the segment);
 * - to-many relations change by connect/disconnect only: a `set` would drop links the writer cannot see;
 * - owner fields (the record's manager, author, department, ...) may be set only to people the writer may
 *   assign: anyone when they may edit every record of the type, else themselves and their own department;
 * - notifications are written by the system: staff only mark them read (the super admin, who may do
 *   anything, may also write them).
 * System jobs and content-API tokens are trusted as configured, and so are the server's own writes made after
 * its own check (trusted-write.ts: routing, the inbox's actions).
 */
export function relationWriteGuard(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.action !== 'create' && ctx.action !== 'update') return next();
    const params = ctx.params as { data?: Record<string, unknown>; documentId?: string };
    if (!params?.data || isTrustedWrite()) return next();
    const staff = await staffRequest(strapi);
    if (!staff) return next();
    const writer = new Writer(strapi, staff);
    const issues =
      ctx.uid === UID.notification && !isSuperAdmin(staff.user)
        ? await notificationIssues(strapi, ctx.action, params.documentId, params.data)
        : await relationIssues(writer, ctx.uid, (ctx.contentType as any).attributes, ctx.action === 'update' ? params.documentId : undefined, params.data);
    if (issues.length > 0) throw toValidationError(issues, { uid: ctx.uid });
    return next();
  };
}

const TO_MANY = new Set(['oneToMany', 'manyToMany']);
/** Relations whose targets point back at one record only: linking a target moves it from its current record. */
const MOVES_TARGET = new Set(['oneToMany', 'oneToOne']);

class Writer {
  private me: Promise<{ employee: { id: number; documentId: string } | null; department: { id: number; documentId: string } | null }> | null = null;

  constructor(readonly strapi: Core.Strapi, readonly staff: StaffRequest) {}

  filter(uid: string, action: string): Record<string, unknown> | null {
    return filterFromAbility(this.strapi, this.staff.ability, uid, action);
  }

  /** Whether every given record of `uid` is inside the writer's records for `action`. */
  async allowed(uid: string, records: RelationIds, action: string): Promise<boolean> {
    const filter = this.filter(uid, action);
    if (filter === null) return false;
    if (Object.keys(filter).length === 0) return true;
    for (const [which, expected] of [
      [{ documentId: { $in: records.documentIds } }, records.documentIds.length],
      [{ id: { $in: records.ids } }, records.ids.length],
    ] as const) {
      if (expected === 0) continue;
      const rows = await this.strapi.db.query(uid as any).findMany({ where: toWhere(this.strapi, uid, andFilters(which, filter)), select: ['id'] });
      if (rows.length < expected) return false;
    }
    return true;
  }

  /** The writer's own employee card and department. */
  identity() {
    if (!this.me) {
      this.me = this.strapi.db
        .query(UID.employee as any)
        .findOne({ where: { adminUser: { id: this.staff.user.id } }, select: ['id', 'documentId'], populate: { department: { select: ['id', 'documentId'] } } })
        .then((employee: any) => ({
          employee: employee ? { id: employee.id, documentId: employee.documentId } : null,
          department: employee?.department ? { id: employee.department.id, documentId: employee.department.documentId } : null,
        }));
    }
    return this.me;
  }
}

const count = (ids: RelationIds) => ids.documentIds.length + ids.ids.length;
const only = (ids: RelationIds, one: { id: number; documentId: string } | null) =>
  one !== null && ids.documentIds.every((d) => d === one.documentId) && ids.ids.every((i) => i === one.id);

async function relationIssues(writer: Writer, uid: string, attributes: Record<string, any>, documentId: string | undefined, data: Record<string, unknown>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const changes = relationChanges(attributes, data).filter((change) => change.target.startsWith('api::'));
  for (const change of changes) {
    const refusal = await changeRefusal(writer, uid, attributes[change.field], change, documentId);
    if (refusal) issues.push(issue(change.field, refusal));
  }
  issues.push(...(await ownerIssues(writer, uid, changes)));
  return issues;
}

async function changeRefusal(writer: Writer, uid: string, attribute: any, change: RelationChange, documentId: string | undefined): Promise<MessageCode | null> {
  if (change.replaces && documentId && TO_MANY.has(change.relation ?? '')) {
    // on an existing record `set` unlinks every current record not named, the hidden ones and the moved ones too
    const scope = writer.filter(change.target, CM_ACTION.read);
    if (MOVES_TARGET.has(change.relation ?? '') || scope === null || Object.keys(scope).length > 0) return 'relation.useConnect';
  }
  for (const ids of [change.linked, change.unlinked]) {
    if (count(ids) > 0 && !(await writer.allowed(change.target, ids, CM_ACTION.read))) return 'relation.notVisible';
  }
  // the link is the target's: it moves the target (one-to-many, one-to-one) or is stored on its side (the inverse of a many-to-many)
  const changesTarget = MOVES_TARGET.has(change.relation ?? '') || (change.relation === 'manyToMany' && Boolean(attribute?.mappedBy));
  if (!changesTarget) return null;
  for (const ids of [change.linked, change.unlinked]) {
    if (count(ids) > 0 && !(await writer.allowed(change.target, ids, CM_ACTION.update))) return 'relation.changeNotEditable';
  }
  if (!MOVES_TARGET.has(change.relation ?? '')) return null;
  const inverse: string | undefined = attribute?.mappedBy ?? attribute?.inversedBy;
  if (!inverse || count(change.linked) === 0) return null;
  const current = await currentOwners(writer.strapi, change.target, inverse, change.linked);
  const others = current.filter((owner) => owner.documentId !== documentId);
  if (others.length > 0 && !(await writer.allowed(uid, { documentIds: others.map((o) => o.documentId), ids: [] }, CM_ACTION.update))) {
    return 'relation.takeAway';
  }
  return null;
}

/** The records the given targets now belong to, through their inverse to-one field. */
async function currentOwners(strapi: Core.Strapi, target: string, inverse: string, linked: RelationIds): Promise<Array<{ documentId: string }>> {
  const where = { $or: [{ documentId: { $in: linked.documentIds } }, { id: { $in: linked.ids } }] };
  const rows: any[] = await strapi.db.query(target as any).findMany({ where, select: ['id'], populate: { [inverse]: { select: ['documentId'] } } });
  return rows.flatMap((row) => (Array.isArray(row[inverse]) ? row[inverse] : row[inverse] ? [row[inverse]] : []));
}

async function ownerIssues(writer: Writer, uid: string, changes: RelationChange[]): Promise<FieldIssue[]> {
  const owners = ownerFields(uid);
  const written = changes.filter((change) => count(change.linked) > 0 && (owners.employee.includes(change.field) || owners.department.includes(change.field)));
  if (written.length === 0) return [];
  const editsAll = writer.filter(uid, CM_ACTION.update);
  if (editsAll !== null && Object.keys(editsAll).length === 0) return [];
  const me = await writer.identity();
  return written
    .filter((change) => !only(change.linked, owners.employee.includes(change.field) ? me.employee : me.department))
    .map((change) => issue(change.field, owners.employee.includes(change.field) ? 'relation.assignSelfOnly' : 'relation.assignOwnDepartmentOnly'));
}

/** People only mark their notifications read: any other change to one, and creating one, is the system's. */
async function notificationIssues(strapi: Core.Strapi, action: string, documentId: string | undefined, data: Record<string, unknown>): Promise<FieldIssue[]> {
  if (action === 'create') return [issue('recipient', 'notification.systemCreates')];
  const stored: any = documentId ? await strapi.db.query(UID.notification as any).findOne({ where: { documentId } }) : null;
  const attributes: Record<string, any> = strapi.getModel(UID.notification as any).attributes;
  const issues: FieldIssue[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (field === 'readAt' || !(field in attributes) || SYSTEM_FIELDS.has(field)) continue;
    const attribute = attributes[field];
    if (attribute.type === 'relation') {
      const change = relationChanges({ [field]: attribute }, { [field]: value });
      if (change.length > 0) issues.push(issue(field, 'notification.systemChanges'));
    } else if (!sameValue(stored?.[field], value)) {
      issues.push(issue(field, 'notification.systemChanges'));
    }
  }
  return issues;
}

const sameValue = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || (a instanceof Date ? a.toISOString() : String(a ?? '')) === String(b ?? '');
