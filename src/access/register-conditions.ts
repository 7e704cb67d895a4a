import type { Core } from '@strapi/strapi';
import { CONDITION, CONDITION_CATEGORY, CONDITIONS, conditionQuery, ConditionKey } from './conditions';
import { UID } from './uids';

/**
 * The Strapi the conditions answer for. Admin's condition provider lives in its module, once per process, and
 * keeps the handlers registered first: a Strapi started again in the same process (a restart) must not have
 * them ask the stopped one's database.
 */
let serving: Core.Strapi;

/** Department lookups, once per request and user (a request evaluates many permissions). */
const perRequest = new WeakMap<object, Map<string, Promise<number | null>>>();

/** One indexed query through the two link tables (employee → admin user, employee → department). */
async function lookUpDepartmentId(strapi: Core.Strapi, adminUserId: number | string): Promise<number | null> {
  const attributes: any = strapi.db.metadata.get(UID.employee as any).attributes;
  const login = attributes.adminUser.joinTable;
  const department = attributes.department.joinTable;
  const row = await strapi.db
    .connection(`${login.name} as login`)
    .join(`${department.name} as department`, `department.${department.joinColumn.name}`, `login.${login.joinColumn.name}`)
    .where(`login.${login.inverseJoinColumn.name}`, adminUserId)
    .first(`department.${department.inverseJoinColumn.name} as id`);
  return row?.id ?? null;
}

/** The department of the employee card linked to an admin user, or null. */
export function myDepartmentId(strapi: Core.Strapi, adminUserId: number | string): Promise<number | null> {
  const request = (strapi as any).requestContext?.get?.();
  if (!request) return lookUpDepartmentId(strapi, adminUserId);
  let cache = perRequest.get(request);
  if (!cache) perRequest.set(request, (cache = new Map()));
  const key = String(adminUserId);
  if (!cache.has(key)) cache.set(key, lookUpDepartmentId(strapi, adminUserId));
  return cache.get(key)!;
}

/**
 * Registers Vitrylo's ownership conditions (category "Vitrylo") with admin RBAC. A handler gets the user
 * with the permission being evaluated; on a content type the condition has no path for it returns false,
 * which grants nothing.
 */
export async function registerConditions(strapi: Core.Strapi): Promise<void> {
  serving = strapi;
  const { conditionProvider } = strapi.service('admin::permission') as any;
  for (const key of Object.keys(CONDITIONS) as ConditionKey[]) {
    const id = `api::${CONDITION[key]}`;
    if (conditionProvider.has(id)) continue;
    await conditionProvider.register({
      name: CONDITION[key],
      displayName: CONDITIONS[key].displayName,
      category: CONDITION_CATEGORY,
      async handler(user: any) {
        const uid: string | undefined = user?.permission?.subject;
        if (!uid || user?.id === undefined) return false;
        if (!CONDITIONS[key].paths[uid]) return false;
        const departmentId = CONDITIONS[key].endsAt === 'department' ? await myDepartmentId(serving, user.id) : null;
        return conditionQuery(key, uid, { adminUserId: user.id, departmentId });
      },
    });
  }
}
