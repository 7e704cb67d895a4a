import type { Core } from '@strapi/strapi';
import { buildCatalog } from './build-catalog';
import { PermissionSpec, rolePermissions } from './permission-sets';
import { ALL_REPORT_SUBSCRIPTIONS, Grant, OWN_REPORT_SUBSCRIPTIONS, ROLE_CODE, roleByCode } from './roles';
import { CRM_ACTIONS, crmActionId } from '../plugins/crm/server/kit/actions';

/**
 * Rights added to an existing role by a later version of Vitrylo (e.g. "the Director reads the audit trail").
 * Roles belong to the administrator once created, so an addition is applied once per installation: it adds
 * only the permissions the role lacks (by action and type), is remembered by its id, and never comes back
 * if the administrator removes it afterwards. New installations get it with the role anyway when the
 * grant is also in ROLES.
 */
export interface RoleAddition {
  /** stable, unique: '2025-06-director-audit' */
  id: string;
  roleCode: string;
  grants?: readonly Grant[];
  pluginActions?: readonly string[];
}

/** Each CRM action (the crm plugin's routes and pages) to the roles that have it by default. */
const crmActionAdditions = (): RoleAddition[] =>
  CRM_ACTIONS.flatMap((action) => action.roles.map((roleCode) => ({ id: `crm-action ${action.uid} ${roleCode}`, roleCode, pluginActions: [crmActionId(action.uid)] })));

/** Additions shipped with this version; later issues append here. New installations get them right after their roles. */
export const ROLE_ADDITIONS: readonly RoleAddition[] = [
  ...crmActionAdditions(),
  // issue 12: report subscriptions; the Director manages all, whoever forms reports their own
  { id: '2026-11-report-subscriptions vitrylo-director', roleCode: ROLE_CODE.director, grants: [ALL_REPORT_SUBSCRIPTIONS] },
  ...[ROLE_CODE.salesManager, ROLE_CODE.secretary, ROLE_CODE.marketer, ROLE_CODE.accountant].map((roleCode) => ({
    id: `2026-11-report-subscriptions ${roleCode}`,
    roleCode,
    grants: OWN_REPORT_SUBSCRIPTIONS,
  })),
];

const STORE = { type: 'plugin' as const, name: 'vitrylo', key: 'access-role-additions' };
const key = (p: { action: string; subject?: string | null }) => `${p.action} ${p.subject ?? ''}`;

/** The permissions an addition stands for, with fields computed as for the role itself. */
export function additionPermissions(addition: RoleAddition, catalog: ReturnType<typeof buildCatalog>): PermissionSpec[] {
  const base = roleByCode(addition.roleCode);
  const grants = addition.grants ?? [];
  const wanted = new Set(grants.flatMap((g) => g.subjects.flatMap((s) => g.actions.map((a) => `${a} ${s}`))));
  const all = rolePermissions({ ...base, grants: [...base.grants, ...grants], pluginActions: addition.pluginActions ?? [] }, catalog);
  const actionName = (p: PermissionSpec) => p.action.replace('plugin::content-manager.explorer.', '');
  return all.filter((p) => (p.subject ? wanted.has(`${actionName(p)} ${p.subject}`) : (addition.pluginActions ?? []).includes(p.action)));
}

export async function applyRoleAdditions(strapi: Core.Strapi, additions: readonly RoleAddition[] = ROLE_ADDITIONS): Promise<string[]> {
  if (additions.length === 0) return [];
  const store = strapi.store(STORE);
  const applied = new Set<string>(((await store.get({})) as string[] | null) ?? []);
  const catalog = buildCatalog(strapi);
  const done: string[] = [];
  for (const addition of additions) {
    if (applied.has(addition.id)) continue;
    const role: any = await strapi.db.query('admin::role').findOne({ where: { code: addition.roleCode } });
    if (!role) continue;
    const existing = await strapi.db.query('admin::permission').findMany({ where: { role: { id: role.id } } });
    const present = new Set(existing.map(key));
    const missing = additionPermissions(addition, catalog).filter((p) => !present.has(key(p)));
    if (missing.length > 0) await (strapi.service('admin::role') as any).addPermissions(role.id, missing);
    applied.add(addition.id);
    done.push(addition.id);
  }
  await store.set({ value: [...applied] });
  if (done.length > 0) strapi.log.info(`[access] role additions applied: ${done.join(', ')}`);
  return done;
}
