import { fieldPaths, attributeAt, SchemaCatalog } from './catalog';
import { conditionId } from './conditions';
import { isMoneyPath } from './money-fields';
import { RoleDefinition } from './roles';
import { CM_ACTION } from './uids';

/** One admin permission as `admin::role`.assignPermissions takes it. */
export interface PermissionSpec {
  action: string;
  subject?: string;
  properties?: { fields?: string[] };
  conditions: string[];
}

/** Content types the role may read at all. */
export function readableSubjects(role: RoleDefinition): Set<string> {
  const subjects = new Set<string>();
  for (const grant of role.grants) if (grant.actions.includes('read')) grant.subjects.forEach((s) => subjects.add(s));
  return subjects;
}

/**
 * The fields of a content type a role is given: all of them, except
 * - money fields when the role sees no money;
 * - relations to content types the role cannot read (also inside components). Strapi lets a readable
 *   relation field be filtered and populated through, so granting it would open the target's data.
 */
export function grantedFields(role: RoleDefinition, catalog: SchemaCatalog, uid: string): string[] {
  const readable = readableSubjects(role);
  return fieldPaths(catalog, uid).filter((path) => {
    if (role.seesNoMoney && isMoneyPath(catalog, uid, path)) return false;
    const attribute = attributeAt(catalog, uid, path);
    if (attribute?.type === 'relation' && attribute.target && !readable.has(attribute.target)) return false;
    return true;
  });
}

/**
 * The role's content-manager and plugin permissions, ready to assign. Two grants of the same action on
 * the same type merge into one permission (as the Roles UI shows it): an unconditional grant wins,
 * otherwise the conditions add up (Strapi ORs them).
 */
export function rolePermissions(role: RoleDefinition, catalog: SchemaCatalog): PermissionSpec[] {
  const byKey = new Map<string, PermissionSpec & { unconditional: boolean }>();
  for (const grant of role.grants) {
    const conditions = (grant.conditions ?? []).map(conditionId);
    for (const subject of grant.subjects) {
      if (!catalog.contentTypes[subject]) throw new Error(`role ${role.code}: unknown content type ${subject}`);
      for (const action of grant.actions) {
        const key = `${action} ${subject}`;
        const existing = byKey.get(key);
        if (existing) {
          existing.unconditional = existing.unconditional || conditions.length === 0;
          existing.conditions = existing.unconditional ? [] : [...new Set([...existing.conditions, ...conditions])];
          continue;
        }
        const permission = { action: CM_ACTION[action], subject, conditions: [...conditions], unconditional: conditions.length === 0 };
        if (action !== 'delete') Object.assign(permission, { properties: { fields: grantedFields(role, catalog, subject) } });
        byKey.set(key, permission);
      }
    }
  }
  const permissions: PermissionSpec[] = [...byKey.values()].map(({ unconditional, ...permission }) => permission);
  for (const action of role.pluginActions ?? []) permissions.push({ action, conditions: [] });
  return permissions;
}
