import { UniqueField, uniqueIndexName } from './fields';

/** What a database said when it refused a duplicate: the table and columns, or the index name. */
export interface UniqueViolation {
  table?: string;
  columns: string[];
  constraint?: string;
}

const SQLITE_COLUMNS = /UNIQUE constraint failed: ([^\n]+)/;
const SQLITE_INDEX = /^index '([^']+)'$/;
const POSTGRES_KEY = /^Key \(([^)]*)\)=/;

/**
 * Reads a unique-constraint refusal out of a database error, or null for any other error.
 * - PostgreSQL (pg): code '23505', `constraint` = index name, `table`, `detail` "Key (col)=(value) already exists."
 * - SQLite (better-sqlite3 through knex): code 'SQLITE_CONSTRAINT_UNIQUE', message "... UNIQUE constraint failed:
 *   table.column[, table.column]" (or "index 'name'" for an index on expressions).
 */
export function readUniqueViolation(error: unknown): UniqueViolation | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as { code?: unknown; message?: unknown; constraint?: unknown; table?: unknown; detail?: unknown; cause?: unknown };
  if (e.code === '23505') {
    const key = typeof e.detail === 'string' ? POSTGRES_KEY.exec(e.detail) : null;
    return {
      table: typeof e.table === 'string' ? e.table : undefined,
      constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
      columns: key ? key[1].split(',').map((column) => column.trim().replace(/^"|"$/g, '')) : [],
    };
  }
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    const failed = typeof e.message === 'string' ? SQLITE_COLUMNS.exec(e.message) : null;
    if (!failed) return { columns: [] };
    const what = failed[1].trim();
    const index = SQLITE_INDEX.exec(what);
    if (index) return { constraint: index[1], columns: [] };
    const pairs = what.split(',').map((pair) => pair.trim().split('.'));
    return { table: pairs[0].length > 1 ? pairs[0][0] : undefined, columns: pairs.map((pair) => pair[pair.length - 1]) };
  }
  return e.cause && e.cause !== error ? readUniqueViolation(e.cause) : null;
}

/** Which of `fields` a database refusal is about (by index name, or by table and its one column), or null. */
export function violatedUniqueField(error: unknown, fields: readonly UniqueField[]): UniqueField | null {
  const violation = readUniqueViolation(error);
  if (!violation) return null;
  const onlyColumn = violation.columns.length === 1 ? violation.columns[0] : undefined;
  return (
    fields.find(
      (field) => violation.constraint === uniqueIndexName(field) || (violation.table === field.table && onlyColumn === field.column),
    ) ?? null
  );
}
