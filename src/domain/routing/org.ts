import type { RoutingDepartment, RoutingEmployee } from './types';

/** The people and departments of a routing run, looked up by id. */
export interface Org {
  employee(id: string | null | undefined): RoutingEmployee | null;
  department(id: string | null | undefined): RoutingDepartment | null;
  membersOf(departmentId: string): RoutingEmployee[];
}

export function makeOrg(employees: readonly RoutingEmployee[], departments: readonly RoutingDepartment[]): Org {
  const byId = new Map(employees.map((e) => [e.id, e]));
  const departmentsById = new Map(departments.map((d) => [d.id, d]));
  return {
    employee: (id) => (id ? byId.get(id) ?? null : null),
    department: (id) => (id ? departmentsById.get(id) ?? null : null),
    membersOf: (departmentId) => employees.filter((e) => e.departmentId === departmentId),
  };
}

export const isActive = (employee: RoutingEmployee | null): employee is RoutingEmployee => !!employee && employee.active !== false;

const collator = new Intl.Collator('uk');

/** By name in Ukrainian order, then by id: the deterministic order of people wherever a choice is a tie. */
export function compareEmployees(a: RoutingEmployee, b: RoutingEmployee): number {
  return collator.compare(a.fullName, b.fullName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The head of a department: its `head`, else a member flagged as head (the first by name). An inactive
 * head does not count, nor does `except` (the person a request is escalated away from); then the parent
 * department's head is asked, up the tree. Null when nobody up to the top qualifies.
 */
export function departmentHead(org: Org, departmentId: string | null | undefined, except?: string | null): RoutingEmployee | null {
  const seen = new Set<string>();
  let department = org.department(departmentId);
  while (department && !seen.has(department.id)) {
    seen.add(department.id);
    const head = org.employee(department.headId);
    if (isActive(head) && head.id !== except) return head;
    const flagged = org
      .membersOf(department.id)
      .filter((e) => e.isHead && isActive(e) && e.id !== except)
      .sort(compareEmployees);
    if (flagged.length > 0) return flagged[0];
    department = org.department(department.parentId);
  }
  return null;
}
