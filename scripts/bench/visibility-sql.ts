import { accessColumnName, CONDITIONS } from '../../src/access/conditions';
import { columnNameOf } from '../../src/access/access-columns';

/** Who runs the hand-written SQL: what their role lets them see (src/access/roles.ts) and who they are. */
export interface Viewer {
  /** all: every record; all-counterparties: every counterparty (the Secretary); sales: own and the department's */
  role: 'all' | 'all-counterparties' | 'sales';
  userId: number;
  departmentId: number | null;
}

const UID_OF_TABLE: Record<string, string> = {
  counterparties: 'api::counterparty.counterparty',
  interactions: 'api::interaction.interaction',
};

/**
 * The WHERE of what a viewer may read of a table, as the ownership conditions put it on the access
 * columns: a sales manager reads what they are responsible for and what is in their department.
 */
export function visibilitySql(table: string, viewer: Viewer, firstParam: number): { sql: string; params: unknown[] } {
  if (viewer.role === 'all' || (viewer.role === 'all-counterparties' && table === 'counterparties')) return { sql: 'true', params: [] };
  if (viewer.role !== 'sales') return { sql: 'false', params: [] };
  const uid = UID_OF_TABLE[table];
  const user = `$${firstParam}`;
  const department = `$${firstParam + 1}`;
  const clauses = [
    ...(CONDITIONS.responsible.paths[uid] ?? []).map((path) => `${columnNameOf(accessColumnName(path, 'employee'))} = ${user}`),
    ...(viewer.departmentId === null ? [] : (CONDITIONS.department.paths[uid] ?? []).map((path) => `${columnNameOf(accessColumnName(path, 'department'))} = ${department}`)),
  ];
  return { sql: `(${clauses.join(' or ')})`, params: viewer.departmentId === null ? [viewer.userId] : [viewer.userId, viewer.departmentId] };
}
