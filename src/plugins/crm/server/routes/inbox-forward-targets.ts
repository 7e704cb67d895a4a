import { toWhere } from '../../../../access/visibility';
import { loadEmployees } from '../../../../inbox/org';
import { DEPARTMENT, EMPLOYEE } from '../../../../inbox/uids';
import { defineRoute } from '../kit/route';

const collator = new Intl.Collator('uk');

/**
 * GET /crm/inbox/forward-targets: whom the caller may forward a request to — the active employees and the
 * departments they may read, by name. No schedule here: a manager may not read other departments'
 * whereabouts, and forwarding to a department picks whoever is at work there.
 */
export default defineRoute({
  method: 'GET',
  path: '/inbox/forward-targets',
  action: 'inbox.read',
  async handler({ strapi, visibility }) {
    const employeeFilter = visibility.filter(EMPLOYEE);
    const departmentFilter = visibility.filter(DEPARTMENT);
    const departments: any[] =
      departmentFilter === null ? [] : await strapi.db.query(DEPARTMENT as any).findMany({ where: toWhere(strapi, DEPARTMENT, departmentFilter), select: ['documentId', 'name'] });
    const names = new Map(departments.map((d) => [d.documentId, d.name ?? '']));
    const employees =
      employeeFilter === null ? [] : (await loadEmployees(strapi, toWhere(strapi, EMPLOYEE, employeeFilter)))
        .filter((e) => e.active !== false)
        .map((e) => ({ documentId: e.id, fullName: e.fullName, department: e.departmentId && names.has(e.departmentId) ? { documentId: e.departmentId, name: names.get(e.departmentId) } : null }))
        .sort((a, b) => collator.compare(a.fullName, b.fullName));
    return {
      data: {
        employees,
        departments: departments.map((d) => ({ documentId: d.documentId, name: d.name ?? '' })).sort((a, b) => collator.compare(a.name, b.name)),
      },
    };
  },
});
