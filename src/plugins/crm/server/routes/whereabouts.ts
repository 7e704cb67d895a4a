import { errors, z } from '@strapi/utils';
import { accessColumnsOf } from '../../../../access/access-columns';
import { CM_ACTION } from '../../../../access/uids';
import { toWhere, Visibility } from '../../../../access/visibility';
import { weekDays, weekGrid, whereaboutsOfAll } from '../../../../domain/schedule';
import { localDateOf, parseLocalDate } from '../../../../domain/time';
import { loadEmployees, loadScheduleBetween } from '../../../../inbox/org';
import { EMPLOYEE, SCHEDULE_ENTRY } from '../../../../inbox/uids';
import { businessTime } from '../../../../time/business-time';
import { defineRoute } from '../kit/route';

export type Person = Awaited<ReturnType<typeof loadEmployees>>[number] & { departmentRowId: number | null };

/**
 * Whose schedule the caller may read: every schedule entry of a person carries the same access columns (the
 * person's login, their department), so an entry of theirs is readable exactly when a record with those
 * columns passes the caller's read rule, checked in memory as Strapi checks one record.
 */
export function scheduleReadable(strapi: any, visibility: Visibility, people: Person[]): Person[] {
  const filter = visibility.filter(SCHEDULE_ENTRY);
  if (filter === null) return [];
  if (Object.keys(filter).length === 0) return people;
  const manager = strapi.service('admin::permission').createPermissionsManager({ ability: visibility.ability, action: CM_ACTION.read, model: SCHEDULE_ENTRY });
  const columns = accessColumnsOf(SCHEDULE_ENTRY);
  return people.filter((person) => {
    const record: Record<string, unknown> = {};
    for (const column of columns) {
      if (column.path.join('.') === 'employee') record[column.attribute] = person.adminUserId;
      else if (column.path.join('.') === 'employee.department') record[column.attribute] = person.departmentRowId;
    }
    return visibility.ability.can(CM_ACTION.read, manager.toSubject(record));
  });
}

/**
 * GET /crm/whereabouts?at=<instant>&week=<date>: where everyone whose schedule the caller may read is at
 * that moment (now by default) — an entry (vacation, visit, trip, ...), else the office within working hours,
 * else not at work — and the week grid of the week containing `week` (default: the week of `at`).
 */
export default defineRoute({
  method: 'GET',
  path: '/whereabouts',
  action: [CM_ACTION.read, SCHEDULE_ENTRY],
  query: z.object({ at: z.string().datetime({ offset: true }).optional(), week: z.string().optional() }).strict(),
  async handler({ strapi, query, visibility }) {
    const time = businessTime(strapi);
    const at = query.at ? new Date(query.at) : new Date();
    const week = query.week ? parseLocalDate(query.week) : null;
    if (week && !week.ok) throw new errors.ValidationError('week: must be a date YYYY-MM-DD', { errors: [{ path: ['week'], message: week.reason, name: 'ValidationError' }] });
    const weekDate = week?.value ?? localDateOf(at, time.timeZone);

    const employeeFilter = visibility.filter(EMPLOYEE);
    if (employeeFilter === null) return { data: { at: at.toISOString(), people: [], week: null } };
    const departments: any[] = await strapi.db.query('api::department.department' as any).findMany({ select: ['id', 'documentId'] });
    const departmentRow = new Map(departments.map((d) => [d.documentId, d.id]));
    const people = (await loadEmployees(strapi, toWhere(strapi, EMPLOYEE, employeeFilter)))
      .filter((person) => person.active !== false)
      .map((person) => ({ ...person, departmentRowId: person.departmentId ? departmentRow.get(person.departmentId) ?? null : null }));
    const shown = scheduleReadable(strapi, visibility, people);
    const ids = shown.map((person) => person.rowId);

    const days = weekDays(weekDate, time);
    const from = new Date(Math.min(at.getTime(), days[0].start.getTime()));
    const to = new Date(Math.max(at.getTime() + 1, days[6].end.getTime()));
    const entries = ids.length > 0 ? await loadScheduleBetween(strapi, from, to, { employee: { id: { $in: ids } } }) : [];
    const names = shown.map((person) => ({ id: person.id, fullName: person.fullName }));
    const now = whereaboutsOfAll(names, entries, at, time).map(({ entry, ...where }) => ({
      ...where,
      entry: entry ? { documentId: entry.id, kind: entry.kind, start: new Date(entry.start as any).toISOString(), end: new Date(entry.end as any).toISOString() } : null,
    }));
    return { data: { at: at.toISOString(), timeZone: time.timeZone, people: now, week: weekGrid(weekDate, names, entries, time) } };
  },
});
