import type { Core } from '@strapi/strapi';
import type { RoutingDepartment, RoutingEmployee } from '../domain/routing';
import type { ScheduleEntry } from '../domain/schedule';
import { docIdOf } from './refs';
import { DEPARTMENT, EMPLOYEE, SCHEDULE_ENTRY } from './uids';

/**
 * The company as routing, escalation and the whereabouts page read it: employees and departments flattened
 * to documentIds (domain/routing/types.ts). A company has tens to hundreds of people: read whole, row level.
 */
export async function loadEmployees(strapi: Core.Strapi, where: Record<string, unknown> = {}): Promise<Array<RoutingEmployee & { rowId: number; email: string | null; adminUserId: number | null }>> {
  const rows: any[] = await strapi.db.query(EMPLOYEE as any).findMany({
    where,
    select: ['id', 'documentId', 'fullName', 'active', 'email'],
    populate: { department: { select: ['documentId'] }, adminUser: { select: ['id'] } },
  });
  return rows.map((row) => ({
    id: row.documentId,
    rowId: row.id,
    fullName: row.fullName ?? '',
    departmentId: docIdOf(row.department),
    active: row.active,
    email: row.email ?? null,
    adminUserId: row.adminUser?.id ?? null,
  }));
}

export async function loadDepartments(strapi: Core.Strapi): Promise<RoutingDepartment[]> {
  const rows: any[] = await strapi.db.query(DEPARTMENT as any).findMany({
    select: ['documentId', 'name'],
    populate: { head: { select: ['documentId'] }, parent: { select: ['documentId'] } },
  });
  return rows.map((row) => ({ id: row.documentId, name: row.name ?? '', headId: docIdOf(row.head), parentId: docIdOf(row.parent) }));
}

/** A schedule row as the core reads it. */
export function scheduleEntryOf(row: any): ScheduleEntry {
  return {
    id: row.documentId,
    employeeId: docIdOf(row.employee) ?? '',
    start: row.start,
    end: row.end,
    kind: row.kind,
    counterpartyId: docIdOf(row.counterparty),
    counterpartyName: row.counterparty?.name ?? null,
    city: row.city ?? null,
    organization: row.organization ?? null,
    purpose: row.purpose ?? null,
    note: row.note ?? null,
  };
}

/** Entries that share an instant with [from, to): start < to and end > from (indexed on start and end). */
export async function loadScheduleBetween(strapi: Core.Strapi, from: Date, to: Date, where: Record<string, unknown> = {}): Promise<ScheduleEntry[]> {
  const rows: any[] = await strapi.db.query(SCHEDULE_ENTRY as any).findMany({
    where: { $and: [{ start: { $lt: to.toISOString() } }, { end: { $gt: from.toISOString() } }, where] },
    select: ['documentId', 'start', 'end', 'kind', 'city', 'organization', 'purpose', 'note'],
    populate: { employee: { select: ['documentId'] }, counterparty: { select: ['documentId', 'name'] } },
  });
  return rows.map(scheduleEntryOf).filter((entry) => entry.employeeId);
}
