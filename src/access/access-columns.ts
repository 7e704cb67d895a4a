import { defaultSort } from '../type-meta';
import { accessColumnName, CONDITIONS } from './conditions';
import { indexName } from '../database/index-name';

/**
 * Every record of an owned type carries, in columns of its own row, where each of its condition paths
 * leads: the admin user of the responsible manager, of its own employee, the ids of the departments... So
 * "is responsible manager" on a list of ten million interactions is `access_counterparty_manager_user = 7
 * OR access_employee_user = 7` on indexed columns, not a join chain through counterparty, employee and
 * admin user. The paths stay the definition (each type's meta, `ownership`); these columns are derived
 * from them and kept right on every write (access-columns-sync.ts, in the write's transaction) and at
 * start (src/database/fill-access-columns.ts).
 */

export interface AccessColumn {
  /** attribute name, e.g. accessCounterpartyManagerUser */
  attribute: string;
  /** the relation path it follows, e.g. ['counterparty', 'manager'] */
  path: string[];
  /**
   * employee: holds the admin user id of the employee at the end; department: the department id; record:
   * the id of the related record itself (a reference column, below)
   */
  endsAt: 'employee' | 'department' | 'record';
}

/**
 * Reference columns: a to-one relation's target id copied onto the row, for the lists read by it. One
 * client's chronicle is "the interactions of counterparty X, newest first": through the link table that is
 * every one of the client's rows sorted (a busy client has tens of thousands), on the row it is one index
 * range (accessCounterparty, occurredAt). Kept and filled like the access columns; a list's filter on the
 * relation is read from the column (reference-filters middleware). So are a person's inbox (requests by
 * assignee, notifications by recipient, newest first).
 */
const REFERENCE_PATHS: Readonly<Record<string, readonly string[]>> = {
  'api::interaction.interaction': ['counterparty'],
  'api::inbound-request.inbound-request': ['assignee'],
  'api::notification.notification': ['recipient'],
};

/**
 * A reference list read by state as well: a person's inbox is their *open* requests, a few hundred or
 * thousand among the tens of thousands ever assigned to them. Its own index leads with the state after the
 * reference column, so the open ones are a few index ranges instead of every request of the person.
 */
const REFERENCE_STATE_COLUMNS: Readonly<Record<string, string>> = {
  'api::inbound-request.inbound-request': 'state',
};

/** 'counterparty' → 'accessCounterparty'. */
export const referenceColumnName = (attribute: string): string => `access${attribute.charAt(0).toUpperCase()}${attribute.slice(1)}`;

/** The reference columns of a type: relation attribute → column attribute. */
export function referenceColumnsOf(uid: string): Array<{ relation: string; attribute: string }> {
  return (REFERENCE_PATHS[uid] ?? []).map((relation) => ({ relation, attribute: referenceColumnName(relation) }));
}

/** Every access column of a type, once each (two conditions may follow the same path). */
export function accessColumnsOf(uid: string): AccessColumn[] {
  const columns = new Map<string, AccessColumn>();
  for (const definition of Object.values(CONDITIONS)) {
    for (const path of definition.paths[uid] ?? []) {
      const attribute = accessColumnName(path, definition.endsAt);
      columns.set(attribute, { attribute, path: path.split('.'), endsAt: definition.endsAt });
    }
  }
  for (const { relation, attribute } of referenceColumnsOf(uid)) columns.set(attribute, { attribute, path: [relation], endsAt: 'record' });
  return [...columns.values()];
}

/** The content types that have access columns. */
export function typesWithAccessColumns(): string[] {
  const uids = new Set<string>();
  for (const definition of Object.values(CONDITIONS)) for (const uid of Object.keys(definition.paths)) uids.add(uid);
  for (const uid of Object.keys(REFERENCE_PATHS)) uids.add(uid);
  return [...uids];
}

export function isAccessAttribute(uid: string, attribute: string): boolean {
  return accessColumnsOf(uid).some((column) => column.attribute === attribute);
}

/** 'accessCounterpartyManagerUser' → 'access_counterparty_manager_user', as Strapi names columns. */
export const columnNameOf = (attribute: string): string => attribute.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export interface IndexDefinition {
  name: string;
  columns: string[];
}

/**
 * The indexes that make the lists instant: each access column together with the type's default list
 * sort (a sales manager's newest interactions are one index range), and the sort column alone (a list
 * whose visible share is large is read newest first, checking each row's own columns).
 */
export function accessIndexes(uid: string, table: string): IndexDefinition[] {
  const sort = defaultSort[uid]?.[0];
  const sortColumn = sort ? columnNameOf(sort) : undefined;
  const columnsOfType = accessColumnsOf(uid);
  const visibilityColumns = columnsOfType.filter((column) => column.endsAt !== 'record').map((column) => columnNameOf(column.attribute));
  const indexes = columnsOfType.map((column) => {
    const columns = [columnNameOf(column.attribute), ...(sortColumn ? [sortColumn] : [])];
    // A reference column's range (one client's chronicle) is counted with the caller's access columns checked on
    // each row: carried in the index, they are read from it, not from a row per interaction all over the table.
    if (column.endsAt === 'record') columns.push(...visibilityColumns);
    return { name: indexName(table, columns), columns };
  });
  const stateColumn = REFERENCE_STATE_COLUMNS[uid];
  for (const column of columnsOfType.filter((candidate) => candidate.endsAt === 'record' && stateColumn)) {
    const columns = [columnNameOf(column.attribute), stateColumn, ...(sortColumn ? [sortColumn] : []), ...visibilityColumns];
    indexes.push({ name: indexName(table, columns), columns });
  }
  // the state first, then the assignee: routing counts each person's open requests from the index alone
  if (stateColumn && columnsOfType.some((column) => column.attribute === referenceColumnName('assignee'))) {
    const columns = [stateColumn, columnNameOf(referenceColumnName('assignee'))];
    indexes.push({ name: indexName(table, columns), columns });
  }
  if (sortColumn) indexes.push({ name: indexName(table, [sortColumn]), columns: [sortColumn] });
  return indexes;
}
