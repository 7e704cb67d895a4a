import type { Core } from '@strapi/strapi';
import { andFilters, toWhere, Visibility } from '../../../../access/visibility';
import type { CallerCardRef } from '../../../../domain/caller-id';
import { CLOSED_REQUEST_STATES } from '../../../../domain/inbox';
import { whereaboutsAt } from '../../../../domain/schedule';
import { loadEmployees, loadScheduleBetween } from '../../../../inbox/org';
import { CONTACT_PERSON, COUNTERPARTY, DEPARTMENT, EMPLOYEE, INBOUND_REQUEST, INTERACTION } from '../../../../inbox/uids';
import { businessTime } from '../../../../time/business-time';
import { scheduleReadable } from '../routes/whereabouts';

/**
 * One card of "Хто дзвонить?": the counterparty, the contact person, the responsible manager and where they
 * are now, the last contacts and the open requests, each read through the asker's visibility with only
 * the fields they may read (a field they may not read is absent, not empty; a list they may not see at
 * all is null, which the page says, rather than an empty list that would claim there is nothing).
 */
const LAST_CONTACTS = 5;
const OPEN_REQUESTS = 10;

type Row = Record<string, any>;

/** The fields of `wanted` the asker may read, and a row picked to them. */
const readable = (visibility: Visibility, uid: string, wanted: readonly string[]) => wanted.filter((field) => visibility.can(uid, field));
const pick = (row: Row, fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, row[field] ?? null]));

/** A related person's or department's name, when the asker may read the link and the name. */
function nameOf(visibility: Visibility, uid: string, relation: string, target: string, field: string): Record<string, unknown> | null {
  return visibility.can(uid, relation) && visibility.can(target, field) ? { [relation]: { select: ['documentId', field] } } : null;
}

async function readOne(strapi: Core.Strapi, visibility: Visibility, uid: string, documentId: string, fields: readonly string[], populate: Row = {}): Promise<Row | null> {
  const visible = visibility.filter(uid);
  if (visible === null) return null;
  const row = await strapi.db.query(uid as any).findOne({
    where: toWhere(strapi, uid, andFilters({ documentId }, visible)),
    select: ['documentId', ...readable(visibility, uid, fields)],
    populate,
  });
  return row ?? null;
}

async function managerOf(strapi: Core.Strapi, visibility: Visibility, manager: Row | null | undefined, now: Date) {
  if (!manager?.documentId) return null;
  const employee = await readOne(strapi, visibility, EMPLOYEE, manager.documentId, ['fullName', 'phone', 'email'], nameOf(visibility, EMPLOYEE, 'department', DEPARTMENT, 'name') ?? {});
  if (!employee) return null;
  // where they are: only when the asker may read this person's schedule (otherwise "no entry" would read as "in the office")
  const [person] = await loadEmployees(strapi, { documentId: employee.documentId });
  const departments: any[] = person?.departmentId ? await strapi.db.query(DEPARTMENT as any).findMany({ where: { documentId: person.departmentId }, select: ['id'] }) : [];
  const shown = person ? scheduleReadable(strapi, visibility, [{ ...person, departmentRowId: departments[0]?.id ?? null }]) : [];
  let whereabouts = null;
  if (shown.length > 0) {
    const entries = await loadScheduleBetween(strapi, now, new Date(now.getTime() + 1), { employee: { id: person.rowId } });
    const where = whereaboutsAt(person.id, entries, now, businessTime(strapi));
    whereabouts = { label: where.label, atWork: where.atWork, kind: where.kind };
  }
  return {
    documentId: employee.documentId,
    ...pick(employee, readable(visibility, EMPLOYEE, ['fullName', 'phone', 'email'])),
    ...(employee.department !== undefined ? { department: employee.department?.name ?? null } : {}),
    whereabouts,
  };
}

/** Rows of `uid` about the caller (their counterparty, else the contact person), newest first; null when the asker sees none of the type. */
async function about(strapi: Core.Strapi, visibility: Visibility, uid: string, ref: CallerCardRef, options: { fields: string[]; extra: Row; sort: string; limit: number; person: [string, string] }) {
  const visible = visibility.filter(uid);
  if (visible === null) return null;
  const whose = ref.counterpartyId ? { counterparty: { documentId: ref.counterpartyId } } : { contactPerson: { documentId: ref.contactPersonId } };
  const fields = readable(visibility, uid, options.fields);
  const [relation, field] = options.person;
  const populate = nameOf(visibility, uid, relation, EMPLOYEE, field) ?? {};
  const rows: Row[] = await strapi.db.query(uid as any).findMany({
    where: toWhere(strapi, uid, andFilters(whose, options.extra, visible)),
    select: ['documentId', ...fields],
    populate,
    orderBy: [{ [options.sort]: 'desc' }, { id: 'desc' }],
    limit: options.limit,
  });
  return rows.map((row) => ({
    documentId: row.documentId,
    ...pick(row, fields),
    ...(relation in populate ? { [relation]: row[relation]?.[field] ?? null } : {}),
  }));
}

export async function cardDetails(strapi: Core.Strapi, visibility: Visibility, ref: CallerCardRef, now = new Date()) {
  const counterparty = ref.counterpartyId
    ? await readOne(strapi, visibility, COUNTERPARTY, ref.counterpartyId, ['name', 'kind', 'edrpou', 'rnokpp', 'phone', 'email', 'state'], nameOf(visibility, COUNTERPARTY, 'manager', EMPLOYEE, 'fullName') ?? {})
    : null;
  const contactPerson = ref.contactPersonId ? await readOne(strapi, visibility, CONTACT_PERSON, ref.contactPersonId, ['fullName', 'position', 'phone', 'email']) : null;
  const visibleRef: CallerCardRef = { counterpartyId: counterparty?.documentId ?? null, contactPersonId: contactPerson?.documentId ?? null };
  if (!visibleRef.counterpartyId && !visibleRef.contactPersonId) return null;
  const counterpartyFields = readable(visibility, COUNTERPARTY, ['name', 'kind', 'edrpou', 'rnokpp', 'phone', 'email', 'state']);
  return {
    counterparty: counterparty ? { documentId: counterparty.documentId, ...pick(counterparty, counterpartyFields) } : null,
    contactPerson: contactPerson ? { documentId: contactPerson.documentId, ...pick(contactPerson, readable(visibility, CONTACT_PERSON, ['fullName', 'position', 'phone', 'email'])) } : null,
    manager: await managerOf(strapi, visibility, counterparty?.manager, now),
    lastContacts: await about(strapi, visibility, INTERACTION, visibleRef, {
      fields: ['occurredAt', 'kind', 'direction', 'subject', 'result', 'state'],
      extra: { occurredAt: { $lte: now.toISOString() } },
      sort: 'occurredAt',
      limit: LAST_CONTACTS,
      person: ['employee', 'fullName'],
    }),
    openRequests: await about(strapi, visibility, INBOUND_REQUEST, visibleRef, {
      fields: ['receivedAt', 'subject', 'state', 'urgency', 'dueAt', 'overdue'],
      extra: { state: { $notIn: [...CLOSED_REQUEST_STATES] } },
      sort: 'receivedAt',
      limit: OPEN_REQUESTS,
      person: ['assignee', 'fullName'],
    }),
  };
}
