import type { Core } from '@strapi/strapi';
import * as catalog from '../catalog';
import { DEMO_DEPARTMENTS, DEMO_EMPLOYEES, DEPARTMENT_NAMES } from '../demo-company';
import type { ScaleRefKind, ScaleWorld, SalesTeam, StaffMember } from '../scale';

const REF_UIDS: Record<ScaleRefKind, string> = {
  industry: 'api::industry.industry',
  marketSegment: 'api::market-segment.market-segment',
  region: 'api::region.region',
  leadSource: 'api::lead-source.lead-source',
  businessLine: 'api::business-line.business-line',
};

/**
 * The rows the generated data hangs on, read once: the two demo sales departments with their managers, the
 * directors and sales heads, the whole demo staff with their departments, the reference lists by name and the
 * products by code. They come from the demo setup; without it the
 * bulk seed has nobody to give the counterparties to.
 */
export async function readWorld(strapi: Core.Strapi, seed: string, now: Date, timeZone: string): Promise<ScaleWorld> {
  const rowsOf = (uid: string, where: object = {}) => strapi.db.query(uid as any).findMany({ where, select: ['id', 'name'] }) as Promise<any[]>;
  const employees: any[] = await strapi.db.query('api::employee.employee' as any).findMany({
    where: { email: { $in: DEMO_EMPLOYEES.map((e) => e.email) } },
    select: ['id', 'email'],
  });
  const employeeId = new Map(employees.map((e) => [String(e.email).toLowerCase(), e.id as number]));
  const departments = new Map((await rowsOf('api::department.department')).map((d) => [d.name as string, d.id as number]));

  const salesTeams: SalesTeam[] = [];
  for (const name of [DEPARTMENT_NAMES.salesKyiv, DEPARTMENT_NAMES.salesRegions]) {
    const departmentId = departments.get(name);
    const managers = DEMO_EMPLOYEES.filter((e) => e.department === name && (e.role === 'sales' || e.role === 'sales-head'))
      .filter((e) => employeeId.has(e.email))
      .map((e) => ({ employeeId: employeeId.get(e.email)!, head: e.role === 'sales-head' }));
    if (departmentId === undefined || managers.length === 0) {
      throw new Error(`scale seed: the demo department "${name}" or its sales managers are missing: run the demo setup first (npm run seed)`);
    }
    salesTeams.push({ departmentId, servesKyiv: name === DEPARTMENT_NAMES.salesKyiv, managers });
  }

  const refs = {} as Record<ScaleRefKind, Map<string, number>>;
  for (const [kind, uid] of Object.entries(REF_UIDS) as Array<[ScaleRefKind, string]>) {
    refs[kind] = new Map((await rowsOf(uid)).map((r) => [r.name as string, r.id as number]));
  }
  const stages = new Map((await rowsOf('api::interaction-stage.interaction-stage')).map((r) => [r.name as string, r.id as number]));
  if (stages.size === 0 || refs.region.size === 0) throw new Error('scale seed: the reference lists are empty: run the demo setup first (npm run seed)');

  // Each employee in the department the demo gives them (the generated rows only need a department to route to).
  const staff: StaffMember[] = DEMO_EMPLOYEES.filter((e) => employeeId.has(e.email) && departments.has(e.department)).map((e) => ({
    employeeId: employeeId.get(e.email)!,
    departmentId: departments.get(e.department)!,
    role: e.role,
    city: DEMO_DEPARTMENTS.find((d) => d.name === e.department)?.city ?? 'Київ',
  }));
  const products: any[] = await strapi.db.query('api::product.product' as any).findMany({ select: ['id', 'code'] });

  return {
    seed,
    now,
    timeZone,
    salesTeams,
    seniorEmployeeIds: DEMO_EMPLOYEES.filter((e) => e.role === 'director' || e.role === 'sales-head')
      .map((e) => employeeId.get(e.email))
      .filter((id): id is number => id !== undefined),
    refs,
    stageIds: catalog.INTERACTION_STAGES.map((s) => stages.get(s.name) ?? null),
    staff,
    productIds: new Map(products.map((p) => [String(p.code), p.id as number])),
  };
}
