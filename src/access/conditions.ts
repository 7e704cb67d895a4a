import { OwnershipConditionKey, ownershipPaths } from '../type-meta';

/**
 * Ownership conditions of admin RBAC, as plain data. Conditions are global in Strapi (the Roles UI offers
 * every condition on every content type), so each one says per content type which relation paths it
 * follows; on a type it has no path for it grants nothing (the handler returns false).
 *
 * Paths are relation paths, given by each type's meta: EMPLOYEE paths end at an employee (matched through
 * employee.adminUser), DEPARTMENT paths end at a department (matched against my employee card's department).
 */

export const CONDITION_CATEGORY = 'Vitrylo';

export const CONDITION = {
  responsible: 'vitrylo-is-responsible-manager',
  department: 'vitrylo-in-my-department',
  assignee: 'vitrylo-is-assignee',
  me: 'vitrylo-is-me',
} as const;

export type ConditionKey = OwnershipConditionKey & keyof typeof CONDITION;

/** The id Strapi gives a condition registered without a plugin. */
export const conditionId = (key: ConditionKey): string => `api::${CONDITION[key]}`;

interface ConditionDefinition {
  displayName: string;
  /** relation paths ending at an employee (responsible, assignee, me) or a department (department) */
  paths: Readonly<Record<string, readonly string[]>>;
  endsAt: 'employee' | 'department';
}

const DEFINITIONS: Readonly<Record<ConditionKey, Omit<ConditionDefinition, 'paths'>>> = {
  responsible: { displayName: 'Vitrylo: відповідальний менеджер (is responsible manager)', endsAt: 'employee' },
  department: { displayName: 'Vitrylo: у моєму підрозділі (in my department)', endsAt: 'department' },
  assignee: { displayName: 'Vitrylo: призначено мені (is assignee)', endsAt: 'employee' },
  me: { displayName: 'Vitrylo: це я (is me)', endsAt: 'employee' },
};

/** Each condition with the paths every type's meta gives it (`ownership` in src/api/<type>/meta.ts). */
export const CONDITIONS: Readonly<Record<ConditionKey, ConditionDefinition>> = Object.fromEntries(
  (Object.keys(DEFINITIONS) as ConditionKey[]).map((key) => [key, { ...DEFINITIONS[key], paths: ownershipPaths(key) }]),
) as Record<ConditionKey, ConditionDefinition>;

/** Who "I" am when a condition is evaluated. */
export interface Me {
  adminUserId: number | string;
  /** id of my employee card's department; null when I have no employee card or it has no department */
  departmentId: number | string | null;
}

export type ConditionQuery = Record<string, unknown>;

/**
 * The column of a record that holds where one condition path leads, so a condition costs a comparison on
 * the record's own row instead of a join chain (src/access/access-columns.ts keeps them right):
 * 'counterparty.manager' (ends at an employee) → `accessCounterpartyManagerUser`, the admin user id of that
 * employee; 'counterparty.department' (ends at a department) → `accessCounterpartyDepartment`, its id.
 */
export function accessColumnName(path: string, endsAt: ConditionDefinition['endsAt']): string {
  const words = path.split('.').map((step) => step.charAt(0).toUpperCase() + step.slice(1));
  const last = words[words.length - 1];
  if (endsAt === 'employee') words.push('User');
  else if (!last.endsWith('Department')) words.push('Department');
  return `access${words.join('')}`;
}

/**
 * The query a condition stands for on a content type, in the form Strapi's condition handlers return
 * (matched in memory by sift, turned into filters by the permission query builder): one comparison per
 * path, on the record's access columns. false = the condition grants nothing here.
 */
export function conditionQuery(key: ConditionKey, uid: string, me: Me): ConditionQuery | false {
  const definition = CONDITIONS[key];
  const paths = definition.paths[uid];
  if (!paths || paths.length === 0) return false;
  const value = definition.endsAt === 'employee' ? me.adminUserId : me.departmentId;
  if (value === null || value === undefined) return false;
  const clauses = paths.map((path) => ({ [accessColumnName(path, definition.endsAt)]: value }));
  return clauses.length === 1 ? clauses[0] : { $or: clauses };
}

/** Content types a condition applies to (shown in docs and checked in tests). */
export function conditionSubjects(key: ConditionKey): string[] {
  return Object.keys(CONDITIONS[key].paths);
}

/**
 * The record's own relation fields that decide who sees it (the first step of every condition path that
 * does not go through another record): employee fields (`manager`, `author`, `recipient`, ...) and
 * department fields (`department`, `targetDepartment`). Whoever sets them decides whose the record is.
 */
export function ownerFields(uid: string): { employee: string[]; department: string[] } {
  const employee = new Set<string>();
  const department = new Set<string>();
  for (const definition of Object.values(CONDITIONS)) {
    for (const path of definition.paths[uid] ?? []) {
      if (!path.includes('.')) (definition.endsAt === 'employee' ? employee : department).add(path);
    }
  }
  return { employee: [...employee], department: [...department] };
}
